import IaCModel
import IaCRules
import IaCSyntax

/// Groups checked files into projects, with the ``ProjectLoader``: a project's root is found from each file (the
/// nearest directory above it with `cdk.json`, `cdktf.json` or `Pulumi.yaml`, else the nearest that looks like a
/// project root, up to the repository root), whether or not it lies inside the checked paths. Files with neither
/// above them are grouped under the directory the user named.
public struct ProjectModel: Sendable {
  /// One project: its root (display path), marker files and member source paths.
  public struct Project: Sendable {
    public var root: String
    public var markers: [ProjectSnapshot.Marker]
    public var sourcePaths: [String]
    /// Whether the check covered the whole root directory.
    public var isComplete: Bool
    /// Region files, Pulumi stack files and manifests at the root, by display path.
    public var auxiliaryFiles: [String: [UInt8]] = [:]
    /// Everything the loader read at the root.
    public var facts: ProjectLoader.Facts
  }

  public private(set) var projects: [Project] = []
  /// Problems reading marker files.
  public private(set) var problems: [FileError] = []

  /// Builds the projects for the sources of a discovery, and reads every project's facts.
  public init(discovery: Discovery.Result, loader: ProjectLoader = ProjectLoader()) {
    self.init(discovery: discovery, loader: loader, loadsFacts: true)
  }

  /// Builds the projects for the sources of a discovery; with `loadsFacts` off, the projects' facts are left empty
  /// until ``loadFacts(ofProjects:loader:parallel:)`` reads them, so that a batch check holds the facts of one batch
  /// at a time.
  package init(discovery: Discovery.Result, loader: ProjectLoader, loadsFacts: Bool) {
    loader.seed(discovery.listings)
    let walkedDirectories = discovery.roots.filter(\.isDirectory).map { ProjectModel.absolute($0.path) }
    var indexOfRoot: [String: Int] = [:]
    for source in discovery.sources {
      let absoluteFile = ProjectModel.absolute(source)
      let root = loader.root(ofFile: absoluteFile, fallbacks: walkedDirectories)
      if let index = indexOfRoot[root] {
        projects[index].sourcePaths.append(source)
        continue
      }
      let isComplete = walkedDirectories.contains { root == $0 || root.hasPrefix($0 == "/" ? "/" : $0 + "/") }
      indexOfRoot[root] = projects.count
      projects.append(
        Project(root: Discovery.displayPath(root), markers: [], sourcePaths: [source], isComplete: isComplete, facts: .none))
    }
    if loadsFacts { problems = loadFacts(ofProjects: Array(projects.indices), loader: loader, parallel: false) }
  }

  /// Reads the facts of the projects at `indices`, on all cores with `parallel`; returns the problems met reading
  /// their marker files, in the order of the projects.
  @discardableResult
  package mutating func loadFacts(ofProjects indices: [Int], loader: ProjectLoader, parallel: Bool) -> [FileError] {
    let roots = indices.map { projects[$0].root }
    let facts = ParallelMap.map(roots, parallel: parallel) { loader.facts(root: $0) }
    var problems: [FileError] = []
    for (index, facts) in zip(indices, facts) {
      projects[index].facts = facts
      projects[index].markers = facts.markers
      projects[index].auxiliaryFiles = facts.auxiliaryFiles
      problems += facts.problems
    }
    return problems
  }

  /// Lets go of a project's facts (its marker and manifest files and their pins), once a streaming check is done
  /// with it.
  mutating func releaseFacts(ofProject index: Int) {
    projects[index].markers = []
    projects[index].auxiliaryFiles = [:]
    projects[index].facts = .none
  }

  /// `path` made absolute against the working directory, with `.` and `..` resolved lexically.
  public static func absolute(_ path: String) -> String {
    var joined = path
    if path.utf8.first != UInt8(ascii: "/") {
      let directory = FileSystem.currentDirectory
      joined = ""
      joined.reserveCapacity(directory.utf8.count + path.utf8.count + 1)
      joined.append(directory)
      joined.append("/")
      joined.append(path)
    }
    if isResolvedASCII(joined) { return joined }
    if let resolved = resolvedASCII(joined) { return resolved }
    var parts: [Substring] = []
    for part in joined.split(separator: "/") {
      if part == "." || part.isEmpty { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    return "/" + parts.joined(separator: "/")
  }

  /// Calls `body` with the range of each `/`-separated component of `bytes` (empty ones too), in order, until it
  /// returns false; false when a byte is not ASCII.
  static func components(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, _ body: (Range<Int>) -> Bool) -> Bool {
    var start = first
    while start <= bytes.count {
      var end = start
      while end < bytes.count && bytes[end] != UInt8(ascii: "/") {
        if bytes[end] >= 0x80 { return false }
        end += 1
      }
      guard body(start..<end) else { return true }
      start = end + 1
    }
    return true
  }

  /// Whether `component` of `bytes` is `.` or `..`.
  static func isDots(_ component: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    bytes[component.lowerBound] == UInt8(ascii: ".")
      && (component.count == 1 || (component.count == 2 && bytes[component.lowerBound + 1] == UInt8(ascii: ".")))
  }

  /// Whether `path` is absolute, ASCII, and has no empty, `.` or `..` component (nor a trailing slash), so that
  /// ``absolute(_:)`` returns it as it is; the common case, answered without allocating.
  static func isResolvedASCII(_ path: String) -> Bool {
    var path = path
    return path.withUTF8 { bytes -> Bool in
      guard bytes.first == UInt8(ascii: "/") else { return false }
      if bytes.count == 1 { return true }
      var isResolved = true
      let isASCII = components(bytes, from: 1) { component in
        isResolved = !component.isEmpty && !isDots(component, in: bytes)
        return isResolved
      }
      return isASCII && isResolved
    }
  }

  /// ``absolute(_:)`` for an ASCII path, on its bytes (a path already in that form is returned as it is); nil when the
  /// path holds other bytes, whose components are split by characters.
  static func resolvedASCII(_ path: String) -> String? {
    var path = path
    var isResolved = path.utf8.first == UInt8(ascii: "/")
    let resolved = path.withUTF8 { bytes -> [UInt8]? in
      var kept: [Range<Int>] = []
      let isASCII = components(bytes, from: 0) { component in
        if component.isEmpty || (component.count == 1 && bytes[component.lowerBound] == UInt8(ascii: ".")) {
          if component.lowerBound > 0 || !component.isEmpty { isResolved = false }
        } else if isDots(component, in: bytes) {
          isResolved = false
          if !kept.isEmpty { kept.removeLast() }
        } else {
          kept.append(component)
        }
        return true
      }
      guard isASCII else { return nil }
      if isResolved { return [] }
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count + 1)
      for range in kept {
        output.append(UInt8(ascii: "/"))
        output.append(contentsOf: bytes[range])
      }
      if output.isEmpty { output.append(UInt8(ascii: "/")) }
      return output
    }
    guard let resolved else { return nil }
    return isResolved ? path : String(decoding: resolved, as: UTF8.self)
  }

  /// The parent directory of an absolute path, or nil at `/`.
  public static func parent(of path: String) -> String? {
    // A slash is one byte of UTF-8 and never part of another character: look for it in the bytes.
    guard path != "/", let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}
