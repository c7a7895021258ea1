/// One of several parts of a run that CI jobs check side by side: `--shard 2/4` is the second of four.
///
/// A tree is split by project, so that every project is checked whole by one shard and project rules, and file
/// rules that read the rest of the project, see all of it; files that lie in no project are split by a hash of their
/// path. Every shard of a tree makes the same split, so the findings of all shards together are those of one run.
public struct Shard: Sendable, Equatable, CustomStringConvertible {
  /// 1-based.
  public var index: Int
  public var count: Int

  /// The shard `index` of `count`; nil unless 1 ≤ `index` ≤ `count`.
  public init?(index: Int, count: Int) {
    guard count >= 1, index >= 1, index <= count else { return nil }
    self.index = index
    self.count = count
  }

  /// Parses `i/n`; nil for anything else, or when `i` is not between 1 and `n`.
  public init?(parsing text: String) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let index = Int(parts[0]), let count = Int(parts[1])
    else { return nil }
    self.init(index: index, count: count)
  }

  public var description: String { "\(index)/\(count)" }

  /// The shard (0-based) a path outside every project goes to.
  func part(ofPath path: String) -> Int {
    Int(ContentHash.hash(Array(path.utf8)) % UInt64(count))
  }
}

/// What one run checks: which files it reports on and which projects' project rules it runs. Without a shard,
/// everything.
struct CheckPlan: Sendable {
  /// The source paths whose findings the run reports.
  var checkedPaths: Set<String>
  /// The indices (in ``ProjectModel/projects``) of the projects whose project rules run.
  var projectRules: Set<Int>
  /// Whether the run reports everything (there is no shard).
  var isWhole: Bool

  /// Whether the run needs project `index` at all: it checks one of its files or runs its project rules.
  func touches(_ project: ProjectModel.Project, index: Int) -> Bool {
    isWhole || projectRules.contains(index) || project.sourcePaths.contains(where: checkedPaths.contains)
  }

  /// Every file and every project.
  static func whole(_ model: ProjectModel) -> CheckPlan {
    CheckPlan(
      checkedPaths: Set(model.projects.flatMap(\.sourcePaths)), projectRules: Set(model.projects.indices), isWhole: true)
  }

  /// The part of `model` that `shard` checks. Projects go, largest first, to the shard with the fewest files so
  /// far (ties to the lowest shard; the order of projects is fixed by their roots); a file that no marker or
  /// manifest places in a project goes to the shard its path hashes to, and its project's rules to the shard the
  /// project went to.
  static func part(_ model: ProjectModel, shard: Shard?, loader: ProjectLoader) -> CheckPlan {
    guard let shard, shard.count > 1 else { return whole(model) }
    let mine = shard.index - 1
    var inProject: [[String]] = []
    var outside: [[String]] = []
    for project in model.projects {
      var members: [String] = []
      var loose: [String] = []
      for path in project.sourcePaths {
        if loader.root(ofFile: ProjectModel.absolute(path)) == nil {
          loose.append(path)
        } else {
          members.append(path)
        }
      }
      inProject.append(members)
      outside.append(loose)
    }
    let order = model.projects.indices.sorted {
      inProject[$0].count != inProject[$1].count
        ? inProject[$0].count > inProject[$1].count : model.projects[$0].root < model.projects[$1].root
    }
    var load = Array(repeating: 0, count: shard.count)
    var plan = CheckPlan(checkedPaths: [], projectRules: [], isWhole: false)
    for index in order {
      let target = load.indices.min { load[$0] != load[$1] ? load[$0] < load[$1] : $0 < $1 }!
      load[target] += inProject[index].count
      if target == mine {
        plan.projectRules.insert(index)
        plan.checkedPaths.formUnion(inProject[index])
      }
      for path in outside[index] where shard.part(ofPath: path) == mine {
        plan.checkedPaths.insert(path)
      }
    }
    return plan
  }
}
