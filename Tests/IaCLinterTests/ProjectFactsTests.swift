import Foundation
import IaCLinter
import IaCModel
import IaCRules
import Testing

/// Project facts in a batch check: each batch reads the facts of its own projects and lets them go, roots are found
/// from what the walk listed, and manifests are read as bytes.
@Suite("Project facts")
struct ProjectFactsTests {
  static let bucket = "import pulumi_aws as aws\nbucket = aws.s3.BucketV2(\"assets\")\n"

  /// Three Pulumi projects whose pins differ: `p1` and `p3` pin pulumi-aws 7 (where `BucketV2` is deprecated), `p2`
  /// pins 6; `p3`'s manifest has CRLF line ends and opens with a comment.
  func pulumiProjects() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    let manifests = [
      "p1": "pulumi>=3\npulumi-aws==7.2.0\n",
      "p2": "pulumi>=3\npulumi-aws>=6.0.0,<7.0.0\n",
      "p3": "# the providers\r\npulumi>=3\r\npulumi-aws==7.2.0\r\n",
    ]
    for (name, manifest) in manifests {
      try directory.write("\(name)/Pulumi.yaml", "name: \(name)\nruntime: python\n")
      try directory.write("\(name)/requirements.txt", manifest)
      try directory.write("\(name)/__main__.py", ProjectFactsTests.bucket)
      try directory.write("\(name)/lib/more.py", ProjectFactsTests.bucket)
    }
    try directory.write("p1/Pulumi.dev.yaml", "config:\n  aws:region: eu-west-1\n")
    try directory.write("p1/lib/AWS_REGION", "eu-west-1\n")
    try directory.write("p2/requirements-dev.txt", "pytest\n")
    try directory.write("p2/package-lock.json", #"{"packages": {"node_modules/@pulumi/aws": {"version": "6.83.0"}}}"#)
    return directory
  }

  func run(_ directory: TemporaryDirectory, keepsSources: Bool, batchFiles: Int = 256) -> CheckReport {
    let options = CheckOptions(keepsSources: keepsSources, batchFiles: batchFiles)
    return CheckRunner(commandLine: LinterSettings(select: ["IAC105"]), options: options).run(paths: [directory.path])
  }

  /// The projects (`p1`, …) with findings.
  func projects(_ report: CheckReport, in directory: TemporaryDirectory) -> [String] {
    report.diagnostics.map { String($0.path.dropFirst(Discovery.displayPath(directory.path).count + 1).prefix { $0 != "/" }) }
  }

  @Test func factsReadBatchByBatchGiveEachProjectItsOwnPins() throws {
    let directory = try pulumiProjects()
    let kept = run(directory, keepsSources: true)
    let streamed = run(directory, keepsSources: false, batchFiles: 1)
    #expect(projects(kept, in: directory) == ["p1", "p1", "p3", "p3"])
    #expect(streamed.diagnostics == kept.diagnostics)
    #expect(streamed.notes == kept.notes)
    // The snapshots a run keeps carry the facts their batch read.
    let pins = Dictionary(uniqueKeysWithValues: kept.projects.map { ($0.root.split(separator: "/").last.map(String.init) ?? "", $0.pins) })
    #expect(pins["p1"]??.pins[.pulumiAws]?.version == "7.2.0")
    #expect(pins["p2"]??.pins[.pulumiAws]?.version == "6.0.0")
    #expect(pins["p3"]??.pins[.pulumiAws]?.version == "7.2.0")
  }

  @Test func aModelReadsTheSameFactsAsTheLoader() throws {
    let directory = try pulumiProjects()
    let loader = ProjectLoader()
    let model = ProjectModel(discovery: Discovery().discover([directory.path]), loader: loader)
    #expect(model.projects.count == 3)
    for project in model.projects {
      #expect(project.facts == ProjectLoader().facts(root: project.root))
      #expect(project.markers.map(\.path) == [project.root + "/Pulumi.yaml"])
    }
    let files = model.projects.map { project in project.auxiliaryFiles.keys.map { String($0.dropFirst(project.root.count + 1)) }.sorted() }
    #expect(files == [
      ["Pulumi.dev.yaml", "lib/AWS_REGION", "requirements.txt"], ["requirements-dev.txt", "requirements.txt"], ["requirements.txt"],
    ])
    #expect(model.projects[1].facts.pins.pins[.pulumiAws]?.source == "requirements.txt")
  }

  @Test func manifestsAreReadAsBytesWithAnyLineEnd() {
    func pin(_ name: String, _ text: String, _ package: APIPackage) -> String? {
      DependencyPins.parse([name: Array(text.utf8)]).pins[package]?.version
    }
    #expect(pin("requirements.txt", "# pinned\r\naws-cdk-lib==2.100.0\r\nconstructs>=10\r\n", .awsCdkLib) == "2.100.0")
    #expect(pin("requirements.txt", "# pinned\raws-cdk-lib==2.100.0\r", .awsCdkLib) == "2.100.0")
    #expect(pin("requirements.txt", "AWS-CDK-LIB == 2.7.1 # the library\n", .awsCdkLib) == "2.7.1")
    // A comment, or a longer name, does not pin.
    #expect(pin("requirements.txt", "# aws-cdk-lib==2.100.0\n", .awsCdkLib) == nil)
    #expect(pin("requirements.txt", "my-aws-cdk-lib==2.100.0\naws-cdk-lib-extra==1.0\n", .awsCdkLib) == nil)
    #expect(pin("requirements.txt", "éaws-cdk-lib==2.100.0\n", .awsCdkLib) == nil)
    #expect(pin("requirements.txt", "aws-cdk-libé==2.100.0\naws_cdk_lib==2.3.0\n", .awsCdkLib) == "2.3.0")
    #expect(pin("setup.py", "install_requires=[\"aws-cdk-lib>=2.50.0,<3.0.0\", \"constructs\"]\n", .awsCdkLib) == "2.50.0")
    #expect(pin("package.json", "{\r\n  \"dependencies\": {\r\n    \"aws-cdk-lib\" : \"^2.150.0\"\r\n  }\r\n}\r\n", .awsCdkLib) == "2.150.0")
    let lock = "{\r\n  \"packages\": {\r\n    \"node_modules/aws-cdk-lib\": {\r\n      \"version\": \"2.99.1\"\r\n    }\r\n  }\r\n}\r\n"
    #expect(pin("package-lock.json", lock, .awsCdkLib) == "2.99.1")
    // The version must follow its package within 400 characters.
    let far = #"{"node_modules/aws-cdk-lib": {"# + String(repeating: " ", count: 400) + #""version": "2.99.1"}}"#
    #expect(pin("package-lock.json", far, .awsCdkLib) == nil)
  }

  /// One pass over a lock file finds each package's first top-level entry: not a nested copy, not a longer name.
  @Test func lockFilePinsEveryPackageFromItsFirstTopLevelEntry() {
    let lock = """
      {"packages": {
        "node_modules/foo/node_modules/aws-cdk-lib": {"version": "1.0.0"},
        "node_modules/aws-cdk-lib-extra": {"version": "9.9.9"},
        "node_modules/@pulumi/aws": {"version": "6.5.0"},
        "node_modules/aws-cdk-lib": {"version": "2.120.0"},
        "node_modules/aws-cdk-lib": {"version": "2.1.0"},
        "node_modules/@cdktf/provider-aws": {"version": "19.0.1"},
        "n": "node_modules", "\\"node_modules/": 1
      }}
      """
    let pins = DependencyPins.parse(["package-lock.json": Array(lock.utf8)]).pins
    #expect(pins[.awsCdkLib]?.version == "2.120.0")
    #expect(pins[.pulumiAws]?.version == "6.5.0")
    #expect(pins[.cdktfProviderAws]?.version == "19.0.1")
    #expect(DependencyPins.lockPin("aws-cdk-lib", in: Array(lock.utf8)) == "2.120.0")
    // A file that ends inside an entry's name pins nothing, and never reads past its end.
    #expect(DependencyPins.lockPin("aws-cdk-lib", in: Array(#"{"node_modules/aws-cdk"#.utf8)) == nil)
    #expect(DependencyPins.lockPin("aws-cdk-lib", in: Array(#"""#.utf8)) == nil)
  }

  @Test func rootsFoundFromTheWalkAreThoseFoundOnDisk() throws {
    let directory = try TemporaryDirectory()
    for path in [
      "repo/.git/HEAD", "repo/cdk/cdk.json", "repo/cdk/app.py", "repo/cdk/lib/stack.py", "repo/hinted/package.json",
      "repo/hinted/src/index.ts", "repo/hinted/src/deep/more.ts", "repo/loose/tool.py", "repo/top.py",
      "repo/link/main.py",
    ] {
      try directory.write(path, "x = 1\n")
    }
    // A marker name on a link that leads nowhere is no marker.
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/repo/link/cdk.json", withDestinationPath: "missing.json")
    let discovery = Discovery().discover([directory.path + "/repo"])
    #expect(discovery.sources.count == 7)
    let seeded = ProjectLoader()
    seeded.seed(discovery.listings)
    let fresh = ProjectLoader()
    for source in discovery.sources {
      let path = ProjectModel.absolute(source)
      #expect(seeded.root(ofFile: path) == fresh.root(ofFile: path), "\(source)")
      #expect(seeded.root(ofFile: path, fallbacks: []) == fresh.root(ofFile: path, fallbacks: []), "\(source)")
    }
    let roots = Set(discovery.sources.map { fresh.root(ofFile: ProjectModel.absolute($0), fallbacks: []) })
    let repository = ProjectModel.absolute(directory.path + "/repo")
    #expect(roots == [repository + "/cdk", repository + "/hinted", repository])
  }

  @Test func nestedAndInheritedIgnoreFilesApply() throws {
    let directory = try TemporaryDirectory()
    try directory.write("repo/.git/HEAD", "ref: refs/heads/main\n")
    try directory.write("repo/.gitignore", "*.gen.py\nout/\n")
    for path in ["repo/app/a.py", "repo/app/a.gen.py", "repo/app/out/b.py", "repo/app/sub/keep.gen.py", "repo/app/sub/c.py",
      "repo/app/sub/d.py", "repo/app/env1/pyvenv.cfg", "repo/app/env1/e.py"]
    {
      try directory.write(path, "x = 1\n")
    }
    try directory.write("repo/app/sub/.gitignore", "!keep.gen.py\n/d.py\n")
    let relative = Discovery().discover([directory.path + "/repo/app"]).sources.map {
      String($0.dropFirst(Discovery.displayPath(directory.path + "/repo/app").count + 1))
    }
    #expect(relative == ["a.py", "sub/c.py", "sub/keep.gen.py"])
  }
}
