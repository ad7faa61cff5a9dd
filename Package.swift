// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Relais",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "relais", targets: ["relais"]),
        .library(name: "RelaisCore", targets: ["RelaisCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        // The preview server: small, no SwiftNIO, a cold debug build in seconds (see README).
        .package(url: "https://github.com/swhitty/FlyingFox.git", from: "0.27.1"),
    ],
    targets: [
        // cmark from Debian's libcmark-dev, found through pkg-config.
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // Atomic swap of the published folder (renameat2), which Swift's Glibc module does not expose.
        .target(name: "CRelaisSystem"),
        // French formatting and typography: no dependency, tested byte by byte.
        .target(name: "RelaisFrench"),
        // Markdown to HTML through cmark, with the tree walks Relais needs.
        .target(name: "RelaisMarkdown", dependencies: ["CCmark", "RelaisFrench"]),
        // Mustache templates parsed once and rendered into bytes from typed values: no reflection, no casts.
        .target(name: "RelaisMustache"),
        // The pipeline: load → validate & resolve → render → emit → publish.
        .target(
            name: "RelaisCore",
            dependencies: [
                "RelaisFrench",
                "RelaisMarkdown",
                "CRelaisSystem",
                "RelaisMustache",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // `relais serve`: builds into a preview folder, serves it, rebuilds on change. Kept apart so that
        // RelaisCore never depends on an HTTP server.
        .target(
            name: "RelaisPreview",
            dependencies: [
                "RelaisCore",
                "RelaisFrench",
                .product(name: "FlyingFox", package: "FlyingFox"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(
            name: "relais",
            dependencies: [
                "RelaisCore",
                "RelaisFrench",
                "RelaisPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer targets (`make fuzz`); built plainly, it replays inputs given as arguments.
        .executableTarget(name: "relais-fuzz", dependencies: ["RelaisCore"]),
        .testTarget(name: "RelaisFrenchTests", dependencies: ["RelaisFrench"]),
        .testTarget(name: "RelaisMarkdownTests", dependencies: ["RelaisMarkdown"]),
        // swift-mustache renders the same templates as an independent reference, for the tests only.
        .target(name: "MustacheReference", dependencies: ["RelaisMustache", .product(name: "Mustache", package: "swift-mustache")],
                path: "Tests/MustacheReference"),
        .testTarget(name: "RelaisMustacheTests", dependencies: ["RelaisMustache", "MustacheReference"]),
        .testTarget(name: "RelaisCoreTests", dependencies: ["RelaisCore", "RelaisFrench", "RelaisMustache", "MustacheReference",
                                                      .product(name: "Yams", package: "Yams")]),
        // Runs the built `relais` command: exit codes, messages on standard error.
        .testTarget(name: "RelaisCommandTests", dependencies: ["relais"]),
        .testTarget(name: "RelaisPreviewTests", dependencies: ["RelaisPreview", "RelaisCore"]),
    ],
    swiftLanguageModes: [.v6]
)
