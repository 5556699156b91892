extension String {
    /// Full-width ASCII forms (U+FF01…U+FF5E: `Ｔ００７`, `。` excluded) as ASCII, as people type
    /// them with a Chinese input method.
    var asciiForms: String {
        String(String.UnicodeScalarView(unicodeScalars.map { u in
            (0xFF01...0xFF5E).contains(u.value) ? Unicode.Scalar(u.value - 0xFEE0)! : u
        }))
    }
}
