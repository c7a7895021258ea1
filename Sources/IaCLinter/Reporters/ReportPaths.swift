import Foundation

/// Turns the paths findings carry into the paths CI tools expect: relative to the repository root (the nearest
/// directory above the working directory that holds `.git`) or, outside a repository, to the working directory,
/// always with forward slashes.
public struct ReportPaths: Sendable {
  /// The absolute directory paths are made relative to, without a trailing slash.
  public let base: String

  /// Paths relative to `base`, an absolute directory.
  public init(base: String) {
    self.base = base.count > 1 && base.hasSuffix("/") ? String(base.dropLast()) : base
  }

  /// Paths relative to the repository that holds the working directory, or to the working directory itself.
  public static func repositoryOrWorkingDirectory() -> ReportPaths {
    let cwd = ProjectModel.absolute(FileSystem.currentDirectory)
    var directory: String? = cwd
    while let current = directory {
      if FileSystem.exists(current == "/" ? "/.git" : current + "/.git") { return ReportPaths(base: current) }
      directory = ProjectModel.parent(of: current)
    }
    return ReportPaths(base: cwd)
  }

  /// `path` (relative to the working directory, or absolute) relative to `base`; a path outside `base` stays
  /// absolute. Backslashes become forward slashes.
  public func relative(_ path: String) -> String {
    let absolute = ProjectModel.absolute(path.replacingOccurrences(of: "\\", with: "/"))
    if absolute == base { return "." }
    if base == "/" { return String(absolute.dropFirst()) }
    if absolute.hasPrefix(base + "/") { return String(absolute.dropFirst(base.count + 1)) }
    return absolute
  }
}
