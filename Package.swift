// swift-tools-version:6.0

import PackageDescription

let package = Package(
  name: "iaclsp",
  platforms: [
    .macOS(.v13),
  ],
  products: [
    .executable(name: "iaclsp", targets: ["iaclsp"]),
    .library(name: "IaCDocs", targets: ["IaCDocs"]),
    .library(name: "IaCLinter", targets: ["IaCLinter"]),
    .library(name: "IaCModel", targets: ["IaCModel"]),
    .library(name: "IaCRules", targets: ["IaCRules"]),
    .library(name: "IaCSyntax", targets: ["IaCSyntax"]),
  ],
  dependencies: [
    .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // MARK: CCmark

    .systemLibrary(
      name: "CCmark",
      pkgConfig: "libcmark",
      providers: [
        .apt(["libcmark-dev"]),
        .brew(["cmark"]),
      ]
    ),

    // MARK: IaCDocs

    .target(
      name: "IaCDocs",
      dependencies: [
        "CCmark",
        "IaCRules",
        "IaCModel",
      ]
    ),
    .testTarget(
      name: "IaCDocsTests",
      dependencies: [
        "IaCDocs",
        "IaCRules",
        "IaCModel",
      ]
    ),

    // MARK: IaCLinter

    .target(
      name: "IaCLinter",
      dependencies: [
        "IaCRules",
        "IaCModel",
        "IaCSyntax",
        .product(name: "TOMLKit", package: "TOMLKit"),
      ]
    ),
    .testTarget(
      name: "IaCLinterTests",
      dependencies: [
        "TestSupport",
        "IaCLinter",
        "IaCRules",
        "IaCModel",
        "IaCSyntax",
      ]
    ),

    // MARK: IaCCatalogData

    // The generated API catalogue tables (Scripts/generate-api-catalog.py), alone in a target so that they compile
    // once and nothing else rebuilds them.
    .target(
      name: "IaCCatalogData"
    ),

    // MARK: IaCModel

    .target(
      name: "IaCModel",
      dependencies: [
        .product(name: "Crypto", package: "swift-crypto"),
        "IaCCatalogData",
        "IaCSyntax",
      ]
    ),
    .testTarget(
      name: "IaCModelTests",
      dependencies: [
        "IaCModel",
        "IaCSyntax",
      ]
    ),

    // MARK: IaCRules

    .target(
      name: "IaCRules",
      dependencies: [
        "IaCModel",
        "IaCSyntax",
      ]
    ),
    .testTarget(
      name: "IaCRulesTests",
      dependencies: [
        "TestSupport",
        "IaCLinter",
        "IaCRules",
        "IaCModel",
        "IaCSyntax",
      ]
    ),

    // MARK: IaCSyntax

    .target(
      name: "IaCSyntax"
    ),
    .testTarget(
      name: "IaCSyntaxTests",
      dependencies: [
        "IaCSyntax",
      ]
    ),

    // MARK: JSONRPC

    .target(
      name: "JSONRPC"
    ),
    .testTarget(
      name: "JSONRPCTests",
      dependencies: [
        "JSONRPC",
      ]
    ),

    // MARK: LanguageServer

    .target(
      name: "LanguageServer",
      dependencies: [
        "IaCDocs",
        "IaCLinter",
        "IaCRules",
        "IaCModel",
        "IaCSyntax",
        "JSONRPC",
      ]
    ),
    .testTarget(
      name: "LanguageServerTests",
      dependencies: [
        "TestSupport",
        "IaCLinter",
        "IaCRules",
        "IaCModel",
        "IaCSyntax",
        "JSONRPC",
        "LanguageServer",
      ]
    ),

    // MARK: FuzzSupport

    .target(
      name: "FuzzSupport"
    ),

    // MARK: fuzz-jsonrpc

    .executableTarget(
      name: "fuzz-jsonrpc",
      dependencies: [
        "FuzzSupport",
        "JSONRPC",
      ]
    ),

    // MARK: fuzz-lexers

    .executableTarget(
      name: "fuzz-lexers",
      dependencies: [
        "FuzzSupport",
        "IaCSyntax",
      ]
    ),

    // MARK: iaclsp

    .executableTarget(
      name: "iaclsp",
      dependencies: [
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
        "IaCDocs",
        "IaCLinter",
        "IaCRules",
        "IaCModel",
        "IaCSyntax",
        "LanguageServer",
      ]
    ),
    .testTarget(
      name: "iaclspTests",
      dependencies: [
        "TestSupport",
        "IaCLinter",
        "iaclsp",
      ]
    ),

    // MARK: iaclsp-bench

    .executableTarget(
      name: "iaclsp-bench",
      dependencies: [
        "IaCLinter",
        "IaCRules",
        "IaCModel",
        "IaCSyntax",
      ]
    ),

    // MARK: iaclsp-lsp-bench

    .executableTarget(
      name: "iaclsp-lsp-bench",
      dependencies: [
        "JSONRPC",
        "LanguageServer",
      ]
    ),

    // MARK: fuzz-pipeline

    .executableTarget(
      name: "fuzz-pipeline",
      dependencies: [
        "FuzzSupport",
        "IaCLinter",
        "IaCRules",
        "IaCModel",
        "IaCSyntax",
      ]
    ),

    // MARK: fuzz-server

    .executableTarget(
      name: "fuzz-server",
      dependencies: [
        "FuzzSupport",
        "JSONRPC",
        "LanguageServer",
      ]
    ),

    // MARK: iaclsp-dump-structure

    // What the light parser finds, as JSON, for Scripts/parser-diff.
    .executableTarget(
      name: "iaclsp-dump-structure",
      dependencies: [
        "IaCSyntax",
      ]
    ),

    // MARK: TestSupport

    // Helpers several test targets share: the real parsers as oracles for fixed code (Scripts/oracles).
    .target(
      name: "TestSupport",
      path: "Tests/TestSupport"
    ),
  ],
  swiftLanguageModes: [.v6]
)
