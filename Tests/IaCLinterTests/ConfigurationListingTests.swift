import Foundation
import IaCLinter
import IaCModel
import IaCRules
import Testing

/// A loader seeded with a walk's listings must resolve every file to the configuration that reading the disk gives.
@Suite("Configuration look-ups from a walk's listings")
struct ConfigurationListingTests {
  typealias Outcome = Result<Configuration?, ConfigurationError>

  /// Nested configurations of every kind, under a configuration above the checked tree (`tree`).
  func nestedTree() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    let source = "import aws_cdk as cdk\n"
    try directory.write("iaclsp.toml", "ignore = [\"IAC103\"]\n")
    try directory.write("tree/x.py", source)
    try directory.write("tree/a/x.py", source)
    try directory.write("tree/b/pyproject.toml", "[tool.iaclsp]\nselect = [\"IAC1\"]\n")
    try directory.write("tree/b/x.py", source)
    // A pyproject.toml without the table passes the look-up on to its parent.
    try directory.write("tree/b/c/pyproject.toml", "[project]\nname = \"c\"\n")
    try directory.write("tree/b/c/x.py", source)
    try directory.write("tree/b/c/d/.iaclsp.toml", "ignore = [\"IAC101\"]\n")
    try directory.write("tree/b/c/d/x.py", source)
    try directory.write("tree/b/c/d/e/iaclsp.toml", "select = [\n")
    try directory.write("tree/b/c/d/e/deeper/x.py", source)
    // `iaclsp.toml` wins over `.iaclsp.toml` and `pyproject.toml` in one directory.
    try directory.write("tree/b/c/d/f/iaclsp.toml", "ignore = [\"IAC102\"]\n")
    try directory.write("tree/b/c/d/f/.iaclsp.toml", "ignore = [\"IAC104\"]\n")
    try directory.write("tree/b/c/d/f/pyproject.toml", "[tool.iaclsp]\nignore = [\"IAC105\"]\n")
    try directory.write("tree/b/c/d/f/x.py", source)
    // A directory named like a configuration file is an error, a link that leads nowhere is no file at all.
    try FileManager.default.createDirectory(atPath: directory.path + "/tree/g/iaclsp.toml", withIntermediateDirectories: true)
    try directory.write("tree/g/x.py", source)
    try directory.write("tree/h/x.py", source)
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/tree/h/iaclsp.toml", withDestinationPath: "missing.toml")
    try directory.write("tree/i/pyproject.toml", "[tool.iaclsp\n")
    try directory.write("tree/i/x.py", source)
    return directory
  }

  func seeded(_ discovery: Discovery.Result) -> ConfigurationLoader {
    let loader = ConfigurationLoader()
    loader.seed(roots: discovery.roots.filter(\.isDirectory).map(\.path), listings: discovery.listings)
    return loader
  }

  func outcome(_ body: () throws(ConfigurationError) -> Configuration?) -> Outcome {
    Result { () throws(ConfigurationError) -> Configuration? in try body() }
  }

  @Test func listingsAgreeWithTheDiskOnNestedConfigurations() throws {
    let directory = try nestedTree()
    let discovery = Discovery().discover([directory.path + "/tree"])
    #expect(discovery.sources.count == 10)
    let listed = seeded(discovery)
    for source in discovery.sources {
      let fromDisk = outcome { () throws(ConfigurationError) in try ConfigurationLoader().configuration(forFile: source) }
      let fromListings = outcome { () throws(ConfigurationError) in try listed.configuration(forFile: source, walked: true) }
      #expect(fromListings == fromDisk, "\(source)")
      // Every directory from the file's up to the top resolves the same, asked as a project root.
      var current = ProjectModel.parent(of: ProjectModel.absolute(source))
      while let directory = current {
        let disk = outcome { () throws(ConfigurationError) in try ConfigurationLoader().configuration(inOrAbove: directory) }
        let listing = outcome { () throws(ConfigurationError) in
          try listed.configuration(inOrAbove: directory, walkedFile: source)
        }
        #expect(listing == disk, "\(directory)")
        current = ProjectModel.parent(of: directory)
      }
    }
    // The look-ups found what the tree holds: the file above the tree, the nearest file, and the errors.
    func configurationPath(_ relative: String) -> String? {
      try? listed.configuration(forFile: directory.path + "/tree/" + relative, walked: true)?.path
    }
    #expect(configurationPath("x.py")?.hasSuffix("/iaclsp.toml") == true)
    #expect(configurationPath("h/x.py") == configurationPath("x.py"))
    #expect(configurationPath("b/c/x.py")?.hasSuffix("tree/b/pyproject.toml") == true)
    #expect(configurationPath("b/c/d/x.py")?.hasSuffix("tree/b/c/d/.iaclsp.toml") == true)
    #expect(configurationPath("b/c/d/f/x.py")?.hasSuffix("tree/b/c/d/f/iaclsp.toml") == true)
    for broken in ["b/c/d/e/deeper/x.py", "g/x.py", "i/x.py"] {
      let result = outcome { () throws(ConfigurationError) in
        try listed.configuration(forFile: directory.path + "/tree/" + broken, walked: true)
      }
      guard case .failure = result else {
        Issue.record("\(broken) should meet a configuration error")
        continue
      }
    }
  }

  @Test func forgettingResolvedDirectoriesChangesNoAnswer() throws {
    let directory = try nestedTree()
    let discovery = Discovery().discover([directory.path + "/tree"])
    let listed = seeded(discovery)
    let first = discovery.sources.map { source in
      outcome { () throws(ConfigurationError) in try listed.configuration(forFile: source, walked: true) }
    }
    listed.forgetResolved()
    let second = discovery.sources.reversed().map { source in
      outcome { () throws(ConfigurationError) in try listed.configuration(forFile: source, walked: true) }
    }
    #expect(first == Array(second.reversed()))
  }

  @Test func listedDirectoriesAreAnsweredFromTheListing() throws {
    let directory = try TemporaryDirectory()
    try directory.write("tree/a/x.py", "import aws_cdk as cdk\n")
    let discovery = Discovery().discover([directory.path + "/tree"])
    let listed = seeded(discovery)
    // A configuration file written after the walk is not in its listing; a look-up on disk sees it.
    try directory.write("tree/a/iaclsp.toml", "ignore = [\"IAC101\"]\n")
    let source = directory.path + "/tree/a/x.py"
    #expect(try listed.configuration(forFile: source, walked: true) == nil)
    #expect(try ConfigurationLoader().configuration(forFile: source)?.ignore == ["IAC101"])
    // A file the walk did not find (one named on the command line) is looked up on disk.
    #expect(try seeded(discovery).configuration(forFile: source, walked: false)?.ignore == ["IAC101"])
  }

  @Test func aBatchedRunFindsTheSameAsOneBatch() throws {
    let directory = try nestedTree()
    try directory.write("tree/b/c/d/stack.py", "from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(b)\n")
    try directory.write("tree/a/stack.py", "from aws_cdk import aws_cloudfront_origins as origins\norigins.S3Origin(b)\n")
    let paths = [directory.path + "/tree", directory.path + "/tree/a/stack.py"]
    let whole = CheckRunner(commandLine: LinterSettings()).run(paths: paths)
    let batched = CheckRunner(
      commandLine: LinterSettings(), options: CheckOptions(parallel: false, keepsSources: false, batchFiles: 1)
    ).run(paths: paths)
    #expect(!whole.diagnostics.isEmpty)
    #expect(batched.diagnostics == whole.diagnostics)
    #expect(batched.configurationErrors.map(\.description).sorted() == whole.configurationErrors.map(\.description).sorted())
    #expect(whole.configurationErrors.count == 3)
  }
}
