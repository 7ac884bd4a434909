// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Byline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "byline", targets: ["byline"]),
        .executable(name: "byline-bench", targets: ["byline-bench"]),
        .library(name: "BylineCore", targets: ["BylineCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "BylineCore",
            dependencies: ["CLibXML2", "CCmark"],
            resources: [
                .copy("Resources/sample.txt"), .copy("Resources/Gazetteers"), .copy("Resources/Models"), .copy("Resources/Lexicons"),
            ]
        ),
        .target(
            name: "BylineThemes",
            path: "Themes",
            resources: [
                .copy("default.toml"),
                .copy("light.toml"),
                .copy("high-contrast.toml"),
                .copy("monochrome.toml"),
            ]
        ),
        .target(
            name: "BylineUI",
            dependencies: [
                "BylineCore",
                "BylineThemes",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .target(
            name: "BylineTerminal",
            dependencies: ["CNcursesw", "BylineUI", "BylineCore"]
        ),
        .executableTarget(
            name: "byline",
            dependencies: [
                "BylineCore",
                "BylineUI",
                "BylineTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "BylineTraining", dependencies: ["BylineCore"]),
        .target(name: "BylineFuzz", dependencies: ["BylineCore"]),
        .executableTarget(
            name: "byline-train",
            dependencies: [
                "BylineTraining",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "byline-bench",
            dependencies: [
                "BylineCore",
                "BylineFuzz",
                "BylineUI",
                "BylineThemes",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "BylineCoreTests", dependencies: ["BylineCore"], exclude: ["Fixtures"]),
        .testTarget(name: "BylineFuzzTests", dependencies: ["BylineFuzz", "BylineCore"]),
        .testTarget(name: "BylineTrainingTests", dependencies: ["BylineTraining", "BylineCore"]),
        .testTarget(
            name: "BylineUITests",
            dependencies: ["BylineUI", "BylineCore"],
            exclude: ["Snapshots"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: []),
    ],
    swiftLanguageModes: [.v6]
)
