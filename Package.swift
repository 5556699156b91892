// swift-tools-version:6.0
import PackageDescription

// Readers → one canonical model → checks and writers (see README, "代码结构").
let package = Package(
    name: "taizhang",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TaizhangKit", targets: ["TaizhangKit"]),
        .executable(name: "taizhang", targets: ["taizhang"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries from Debian, each behind one Swift wrapper type.
        .systemLibrary(name: "CZip", pkgConfig: "libzip",
                       providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter",
                       providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),

        // The canonical task model and the format-free text rules of the spec.
        .target(name: "TaizhangModel"),
        // Bytes → cell grid → tasks. Knows nothing of writers or checks.
        .target(name: "TaizhangReaders", dependencies: ["TaizhangModel", "CZip", "CLibXML2"]),
        // Which task of one document answers which of another (align.md). Text logic only.
        .target(name: "TaizhangAlign", dependencies: ["TaizhangModel"]),
        // Findings over the model. Never throws for data problems.
        .target(name: "TaizhangChecks", dependencies: ["TaizhangModel"]),
        // Model → ledger workbooks.
        .target(name: "TaizhangWriters", dependencies: ["TaizhangModel", "CXlsxWriter"]),
        // The library façade: the pipelines the CLI runs.
        .target(name: "TaizhangKit",
                dependencies: ["TaizhangModel", "TaizhangReaders", "TaizhangChecks", "TaizhangWriters", "TaizhangAlign"]),
        .executableTarget(name: "taizhang", dependencies: [
            "TaizhangKit",
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
    ]
)
