/// The tool's version, written into ledgers' document properties.
public enum TaizhangVersion {
    public static let current = "0.1.0"
    public static let generator = "taizhang \(current)"
}
