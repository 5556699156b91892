// swift-tools-version:6.1
import PackageDescription

// Readers → one canonical model → checks and writers (see README, "代码结构").
let package = Package(
    name: "taizhang",
    platforms: [.macOS(.v14)],   // Hummingbird 2 needs macOS 14
    products: [
        .library(name: "TaizhangKit", targets: ["TaizhangKit"]),
        .executable(name: "taizhang", targets: ["taizhang"]),
        .executable(name: "taizhang-serve", targets: ["taizhang-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The web server of `taizhang serve`; its default traits would build swift-configuration, unused here.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Hummingbird's own foundations, named because the server target imports them directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // C libraries from Debian, each behind one Swift wrapper type.
        .systemLibrary(name: "CZip", pkgConfig: "libzip",
                       providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        // The C library's allocator, for handing freed memory back (SystemMemory).
        .systemLibrary(name: "CMalloc"),

        // The canonical task model and the format-free text rules of the spec.
        .target(name: "TaizhangModel"),
        // Bytes → cell grid → tasks. Knows nothing of writers or checks.
        .target(name: "TaizhangReaders", dependencies: ["TaizhangModel", "CZip", "CLibXML2", "CMalloc"]),
        // Which task of one document answers which of another (align.md). Text logic only.
        .target(name: "TaizhangAlign", dependencies: ["TaizhangModel"]),
        // Findings over the model. Never throws for data problems.
        .target(name: "TaizhangChecks", dependencies: ["TaizhangModel"]),
        // Model → ledger workbooks.
        .target(name: "TaizhangWriters", dependencies: ["TaizhangModel", "CZlib"]),
        // The library façade: the pipelines the CLI runs.
        .target(name: "TaizhangKit",
                dependencies: ["TaizhangModel", "TaizhangReaders", "TaizhangChecks", "TaizhangWriters", "TaizhangAlign"]),
        // The options of `taizhang serve`, shared by the command line (which checks them) and the
        // server program (which runs with them).
        .target(name: "TaizhangServeOptions", dependencies: [
            "TaizhangKit",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // `taizhang serve`: the office loop on a local web page (HTTP API + pages). The only target
        // that knows of HTTP, so that the library stays free of server code.
        .target(name: "TaizhangServer", dependencies: [
            "TaizhangKit", "TaizhangServeOptions",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
        ]),
        // A program of its own, which `taizhang serve` becomes: linking the HTTP stack into
        // `taizhang` made every command start slower (its type conformances are scanned at start).
        .executableTarget(name: "taizhang-serve", dependencies: [
            "TaizhangServer", "TaizhangServeOptions",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "taizhang", dependencies: [
            "TaizhangKit",
            "TaizhangServeOptions",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        // Helpers the test targets share: building zips, editing a workbook as a clerk does.
        .target(name: "TaizhangTestSupport", dependencies: ["TaizhangKit"], path: "Tests/TaizhangTestSupport"),

        .testTarget(name: "TaizhangModelTests", dependencies: ["TaizhangModel"]),
        .testTarget(name: "TaizhangReadersTests", dependencies: ["TaizhangReaders", "TaizhangKit", "TaizhangTestSupport"]),
        .testTarget(name: "TaizhangChecksTests", dependencies: ["TaizhangChecks", "TaizhangKit"]),
        .testTarget(name: "TaizhangAlignTests", dependencies: ["TaizhangAlign"]),
        .testTarget(name: "TaizhangWritersTests", dependencies: ["TaizhangWriters", "TaizhangKit", "TaizhangTestSupport"]),
        .testTarget(name: "TaizhangCLITests", dependencies: ["TaizhangKit", "TaizhangTestSupport"]),
        // Route tests call the router in process (NIOEmbedded stands in for a connection), and
        // drive a real server over loopback; HummingbirdTesting is not used because it builds
        // AsyncHTTPClient and BoringSSL, minutes of CI for what these tests need.
        .testTarget(name: "TaizhangServerTests", dependencies: [
            "TaizhangServer", "TaizhangServeOptions", "TaizhangKit", "TaizhangTestSupport",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "NIOEmbedded", package: "swift-nio"),
        ], exclude: ["Browser"]),
    ]
)
