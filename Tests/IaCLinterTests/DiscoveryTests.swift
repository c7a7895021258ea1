import Foundation
import IaCLinter
import IaCModel
import IaCRules
import Testing

@Suite("Discovery and projects")
struct DiscoveryTests {
  @Test func skipsVendoredGeneratedAndIgnoredFiles() throws {
    let directory = try TemporaryDirectory()
    for path in [
      "app.py", "lib/stack.py", "lib/stack.ts", "lib/types.d.ts", "node_modules/x/index.js", "cdk.out/asset.py",
      ".venv/lib/site.py", "venv2/pyvenv.cfg", "venv2/lib/x.py", "__pycache__/a.py", "dist/a.js", "build/a.py",
      ".hidden/a.py", "generated/g.py", "lib/keep.gen.py", "README.md", "notes.txt",
    ] {
      try directory.write(path, "x = 1\n")
    }
    try directory.write(".gitignore", "generated/\n*.gen.py\n")
    let result = Discovery().discover([directory.path])
    let relative = result.sources.map { String($0.dropFirst(Discovery.displayPath(directory.path).count + 1)) }
    #expect(relative == ["app.py", "lib/stack.py", "lib/stack.ts"])
  }

  @Test func minifiedAndBundledJavaScriptIsSkippedAndModulesAreChecked() throws {
    let directory = try TemporaryDirectory()
    let s3Origin = "const origins = require('aws-cdk-lib/aws-cloudfront-origins');\nnew origins.S3Origin(bucket);\n"
    try directory.write("lib/app.mjs", s3Origin)
    try directory.write("lib/app.cjs", s3Origin)
    try directory.write("lib/vendor.min.js", s3Origin)
    try directory.write("lib/bundle.js", s3Origin + "var a=" + String(repeating: "1+", count: 3_000) + "1;\n")
    let relative = Discovery().discover([directory.path]).sources.map { String($0.split(separator: "/").last!) }
    #expect(relative == ["app.cjs", "app.mjs", "bundle.js"])
    let report = CheckRunner(linter: Linter()).run(paths: [directory.path])
    #expect(Set(report.diagnostics.filter { $0.code == "IAC101" }.map { String($0.path.split(separator: "/").last!) }) == ["app.cjs", "app.mjs"])
    #expect(report.notes.contains { $0.path.hasSuffix("bundle.js") && $0.message.contains("bundled") })
    // A long line in TypeScript is the author's own code.
    #expect(!ProjectLoader.isBundledJavaScript(path: "lib/long.ts", bytes: Array(String(repeating: "x", count: 5_000).utf8)))
  }

  @Test func aProjectRootIsFoundAboveTheCheckedDirectory() throws {
    let directory = try TemporaryDirectory()
    try directory.write("package.json", #"{"name": "site", "jsii": {}}"#)
    try directory.write("requirements.txt", "aws-cdk-lib==2.100.0\n")
    try directory.write("lib/stack.py", "from aws_cdk import Stack\nclass S(Stack):\n    pass\n")
    let model = ProjectModel(discovery: Discovery().discover([directory.path + "/lib"]))
    #expect(model.projects.count == 1)
    #expect(ProjectModel.absolute(model.projects[0].root) == ProjectModel.absolute(directory.path))
    #expect(model.projects[0].facts.pins.pins[.awsCdkLib]?.version == "2.100.0")
    #expect(model.projects[0].auxiliaryFiles.keys.contains { $0.hasSuffix("package.json") })
  }

  @Test func explicitFilesAreAlwaysChecked() throws {
    let directory = try TemporaryDirectory()
    try directory.write("generated/g.py", "x = 1\n")
    try directory.write(".gitignore", "generated/\n")
    let result = Discovery().discover([directory.path + "/generated/g.py", directory.path + "/missing.py"])
    #expect(result.sources.count == 1)
    #expect(result.missing.count == 1)
  }

  @Test func symlinkLoopsAreNotFollowed() throws {
    let directory = try TemporaryDirectory()
    try directory.write("a/stack.py", "x = 1\n")
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/a/loop", withDestinationPath: directory.path + "/a")
    let result = Discovery().discover([directory.path])
    #expect(result.sources.count == 1)
  }

  @Test func displayPaths() {
    #expect(Discovery.displayPath("./lib/") == "lib")
    #expect(Discovery.displayPath("lib//") == "lib")
    #expect(Discovery.displayPath(FileManager.default.currentDirectoryPath + "/x/y.py") == "x/y.py")
    #expect(Discovery.displayPath("/elsewhere/y.py").hasPrefix("/"))
  }

  @Test func projectsAreGroupedByMarker() throws {
    let directory = try TemporaryDirectory()
    try directory.write("one/cdk.json", #"{"app": "python3 app.py"}"#)
    try directory.write("one/app.py", "import aws_cdk as cdk\n")
    try directory.write("one/lib/stack.py", "from aws_cdk import Stack\n")
    try directory.write("two/Pulumi.yaml", "name: two\nruntime: python\n")
    try directory.write("two/__main__.py", "import pulumi\n")
    let model = ProjectModel(discovery: Discovery().discover([directory.path]))
    #expect(model.projects.count == 2)
    let kinds = model.projects.map { $0.markers.map(\.kind.rawValue) }
    #expect(kinds.contains(["cdk"]) && kinds.contains(["pulumi"]))
    #expect(model.projects.allSatisfy { $0.isComplete })
    #expect(model.projects.first { $0.markers.first?.kind == .cdk }?.sourcePaths.count == 2)
  }

  @Test func markerAboveTheCheckedDirectoryIsFoundAndMarksTheProjectIncomplete() throws {
    let directory = try TemporaryDirectory()
    try directory.write("cdk.json", #"{"app": "python3 app.py"}"#)
    try directory.write("app.py", "import aws_cdk as cdk\napp = cdk.App()\n")
    try directory.write("lib/stack.py", "from aws_cdk import Stack\nclass S(Stack):\n    pass\n")
    let model = ProjectModel(discovery: Discovery().discover([directory.path + "/lib"]))
    #expect(model.projects.count == 1)
    #expect(model.projects[0].markers.first?.kind == .cdk)
    #expect(model.projects[0].isComplete == false)
    // Checking only lib/ must not claim the project lacks cdk.json or an entry point.
    let report = CheckRunner(linter: Linter()).run(paths: [directory.path + "/lib"])
    #expect(report.diagnostics.isEmpty, "\(report.diagnostics.map(\.message))")
  }

  @Test func unreadableAndBinaryFilesGiveNotesAndTheRunGoesOn() throws {
    let directory = try TemporaryDirectory()
    try directory.write("good.py", "from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(b)\n")
    try Data([0x00, 0x01, 0x02]).write(to: URL(fileURLWithPath: directory.path + "/binary.py"))
    try Data([0x78, 0x20, 0x3D, 0x20, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: directory.path + "/latin1.py"))
    try directory.write("big.py", String(repeating: "x = 1\n", count: 1000))
    let report = CheckRunner(linter: Linter(), options: CheckOptions(maxFileSize: 4000)).run(paths: [directory.path])
    #expect(report.filesChecked == 2)
    #expect(report.diagnostics.map(\.code) == ["IAC101"])
    let messages = report.notes.map { $0.message }
    #expect(messages.contains { $0.contains("binary") })
    #expect(messages.contains { $0.contains("UTF-8") })
    #expect(messages.contains { $0.contains("larger than 4000") })
  }
}
