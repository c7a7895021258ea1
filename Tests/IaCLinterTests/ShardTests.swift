import Foundation
import IaCLinter
import IaCRules
import Testing

/// `--shard i/n`: the parts of a tree are disjoint, and together they find what one run finds.
@Suite("Shards")
struct ShardTests {
  @Test func parsesOnlyAPartOfParts() {
    #expect(Shard(parsing: "2/4") == Shard(index: 2, count: 4))
    #expect(Shard(parsing: "1/1") == Shard(index: 1, count: 1))
    for bad in ["0/3", "4/3", "x", "1/0", "/3", "1/", "1/3/4", " 1/3", "-1/3", "+1/3", "1.0/3", "١/٣"] {
      #expect(Shard(parsing: bad) == nil, "\(bad)")
    }
  }

  /// Five projects of different sizes with file and project findings, and loose files in no project.
  func tree() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    for (index, name) in ["alpha", "beta", "gamma", "delta", "epsilon"].enumerated() {
      try directory.write("\(name)/cdk.json", index == 3 ? #"{"app": "python3 gone.py"}"# : #"{"app": "python3 app.py"}"#)
      if index != 3 { try directory.write("\(name)/app.py", CheckCacheTests.app) }
      for file in 0...index {
        try directory.write("\(name)/lib/stack\(file).py", CheckCacheTests.stack)
      }
    }
    try directory.write("pulumi-svc/Pulumi.yaml", "name: svc\nruntime: nodejs\nmain: src/index.ts\n")
    try directory.write("pulumi-svc/src/other.ts", "import * as aws from \"@pulumi/aws\";\n")
    for file in 0..<6 {
      try directory.write("scripts/tool\(file).py", CheckCacheTests.stack)
    }
    return directory
  }

  func describe(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.code) \($0.path) \($0.range.start) \($0.message)" }.sorted()
  }

  @Test(arguments: [1, 2, 3, 4, 7])
  func theUnionOfTheShardsIsOneRun(count: Int) throws {
    let directory = try tree()
    let whole = CheckRunner(commandLine: LinterSettings()).run(paths: [directory.path])
    #expect(Set(whole.diagnostics.map(\.code)).isSuperset(of: ["IAC101", "IAC102", "IAC502"]))
    var diagnostics: [Diagnostic] = []
    var checked: [String] = []
    for index in 1...count {
      let options = CheckOptions(shard: Shard(index: index, count: count))
      let part = CheckRunner(commandLine: LinterSettings(), options: options).run(paths: [directory.path])
      diagnostics += part.diagnostics
      checked += part.checkedFiles
      #expect(part.filesChecked == part.checkedFiles.count)
    }
    #expect(describe(diagnostics) == describe(whole.diagnostics))
    #expect(checked.sorted() == whole.checkedFiles)
  }

  @Test func projectsStayWholeAndTheWorkIsSpread() throws {
    let directory = try tree()
    var shardsOfProject: [String: Set<Int>] = [:]
    var sizes: [Int] = []
    for index in 1...3 {
      let options = CheckOptions(shard: Shard(index: index, count: 3))
      let part = CheckRunner(commandLine: LinterSettings(), options: options).run(paths: [directory.path])
      sizes.append(part.checkedFiles.count)
      for path in part.checkedFiles {
        let project = String(path.dropFirst(directory.path.count + 1).prefix { $0 != "/" })
        if project != "scripts" { shardsOfProject[project, default: []].insert(index) }
      }
    }
    #expect(shardsOfProject.values.allSatisfy { $0.count == 1 })
    #expect(sizes.allSatisfy { $0 > 0 })
  }
}
