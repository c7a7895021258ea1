import Foundation
import IaCModel
import IaCRules
import IaCSyntax

/// The cache of a batch check: a project is the unit, because file rules read the rest of their project (the region
/// a stack deploys to is set where the app creates it; tags may be applied in another file). Its findings are reused
/// when nothing they were computed from has changed: the bytes of each of its source files, its facts (markers,
/// manifests and the pins they give, region and stack files), the configuration files and rules files that apply to
/// its files, the command line's rule choices, the part of it the run checks, and the existence of every path a rule
/// asked about. The version of iaclsp and its catalogue is checked when an entry is read.
extension CheckRunner {
  /// What the cache says about one project: the digest of its inputs, when they could all be read, and the findings
  /// recorded for that digest.
  struct CacheLookup: Sendable {
    var digest: CacheDigest?
    var hit: [Diagnostic]?
    /// The digest with the sources' identities (``CheckCache/Entry/identityDigest``), nil when one of them is racy.
    var identityDigest: CacheDigest?
    /// What reading the checked sources said, and which of them could be read.
    var notes: [FileNote] = []
    var readable: [String] = []
    /// A hit whose entry is to be written again with the new ``identityDigest``.
    var refresh: CheckCache.Entry?
  }

  /// Looks up the projects at `indices` by the identities of their sources, before anything is read: the entries
  /// whose ``CheckCache/Entry/identityDigest`` still matches, by project index.
  func lookUpByIdentity(
    _ indices: [Int], of model: ProjectModel, plan: CheckPlan, namedFiles: Set<String>, in cache: CheckCache
  ) -> [Int: CheckCache.Entry] {
    guard cache.prepareDirectory() else { return [:] }
    let found = ParallelMap.map(indices, parallel: options.parallel) { index -> CheckCache.Entry? in
      let project = model.projects[index]
      guard let entry = cache.load(root: ProjectModel.absolute(project.root)), let stored = entry.identityDigest else { return nil }
      var identities: [String: FileIdentity] = [:]
      for path in project.sourcePaths {
        guard let identity = FileSystem.identity(path) else { return nil }
        identities[path] = identity
      }
      guard identityDigest(of: project, index: index, identities: identities, plan: plan, namedFiles: namedFiles) == stored,
        entry.existence.allSatisfy({ FileSystem.exists($0.path) == $0.exists })
      else { return nil }
      return entry
    }
    var result: [Int: CheckCache.Entry] = [:]
    for (index, entry) in zip(indices, found) { if let entry { result[index] = entry } }
    return result
  }

  /// What was read of the sources of a batch: their bytes, the `stat` identity each had before it was read, what
  /// reading said, and when the reading began.
  struct SourceReads {
    var bytes: [String: [UInt8]] = [:]
    var identities: [String: FileIdentity] = [:]
    var notes: [String: FileNote] = [:]
    var began: Int64 = 0
  }

  /// Looks up the projects at `indices` of `model` in `cache` by the bytes of their sources, in parallel.
  func lookUp(
    _ indices: [Int], of model: ProjectModel, reads: SourceReads, plan: CheckPlan, namedFiles: Set<String>,
    in cache: CheckCache
  ) -> [Int: CacheLookup] {
    guard cache.prepareDirectory() else { return [:] }
    let lookups = ParallelMap.map(indices, parallel: options.parallel) { index -> CacheLookup in
      let project = model.projects[index]
      guard let digest = cacheDigest(of: project, index: index, plan: plan, namedFiles: namedFiles, sources: { builder, path in
        if let content = reads.bytes[path] {
          builder.add(true)
          builder.add(contentOf: content)
        } else {
          builder.add(false)
        }
      }) else { return CacheLookup() }
      var lookup = CacheLookup(digest: digest)
      let checked = project.sourcePaths.filter { plan.checkedPaths.contains($0) }
      lookup.notes = checked.compactMap { reads.notes[$0] }
      lookup.readable = checked.filter { reads.bytes[$0] != nil }
      // Identities stand for the bytes next time only when every source had one and none had just changed.
      if project.sourcePaths.allSatisfy({ reads.identities[$0].map { !$0.isRacy(now: reads.began, window: options.racyWindow) } ?? false }) {
        lookup.identityDigest = identityDigest(
          of: project, index: index, identities: reads.identities, plan: plan, namedFiles: namedFiles)
      }
      guard let entry = cache.load(root: ProjectModel.absolute(project.root)), entry.digest == digest,
        entry.existence.allSatisfy({ FileSystem.exists($0.path) == $0.exists })
      else { return lookup }
      lookup.hit = entry.diagnostics
      // Same bytes, new identities (a checkout that rewrote the files): the entry is written again with them.
      if let identityDigest = lookup.identityDigest, entry.identityDigest != identityDigest { lookup.refresh = entry }
      return lookup
    }
    return Dictionary(uniqueKeysWithValues: zip(indices, lookups))
  }

  /// Stores the findings of the projects checked in this run, then prunes the cache.
  func record(
    _ found: [Int: [Diagnostic]], of checked: [Int], model: ProjectModel, lookups: [Int: CacheLookup],
    recorders: [Int: ExistenceRecorder], in cache: CheckCache
  ) {
    var kept = Set<String>()
    var writes: [(root: String, entry: CheckCache.Entry)] = []
    for index in checked {
      let root = ProjectModel.absolute(model.projects[index].root)
      kept.insert(cache.fileName(root: root))
      guard let digest = lookups[index]?.digest else { continue }
      let existence = recorders[index]?.recorded ?? []
      let lookup = lookups[index]!
      writes.append((root, CheckCache.Entry(
        digest: digest, identityDigest: lookup.identityDigest, existence: existence, diagnostics: found[index] ?? [],
        notes: lookup.notes, readable: lookup.readable)))
    }
    for (index, lookup) in lookups where lookup.hit != nil {
      let root = ProjectModel.absolute(model.projects[index].root)
      kept.insert(cache.fileName(root: root))
      if var entry = lookup.refresh {
        entry.identityDigest = lookup.identityDigest
        entry.notes = lookup.notes
        entry.readable = lookup.readable
        writes.append((root, entry))
      }
    }
    _ = ParallelMap.map(writes, parallel: options.parallel) { cache.store($0.entry, root: $0.root) }
    cache.prune(keeping: kept)
  }

  /// The digest of the inputs of `project` with the sources' `stat` identities in place of their bytes, and what
  /// decides how they are read (the size limit, whether a bundle is skipped); nil when it cannot be computed.
  func identityDigest(
    of project: ProjectModel.Project, index: Int, identities: [String: FileIdentity], plan: CheckPlan, namedFiles: Set<String>
  ) -> CacheDigest? {
    cacheDigest(of: project, index: index, plan: plan, namedFiles: namedFiles) { builder, path in
      builder.add(options.maxFileSize)
      builder.add(namedFiles.contains(path))
      guard let identity = identities[path] else {
        builder.add(false)
        return
      }
      builder.add(true)
      builder.add(Int(identity.size))
      builder.add(Int(identity.modified))
      builder.add(Int(identity.changed))
      builder.add(UInt64(identity.inode))
      builder.add(UInt64(identity.device))
      builder.add(Int(identity.mode))
    }
  }

  /// The digest of everything the findings of `project` are computed from, where `sources` adds what stands for
  /// each source file (its bytes, or its identity); nil when a configuration file cannot be read or parsed (the
  /// project is then checked, and the error reported, as without a cache).
  func cacheDigest(
    of project: ProjectModel.Project, index: Int, plan: CheckPlan, namedFiles: Set<String>,
    sources: (inout CacheDigest.Builder, String) -> Void
  ) -> CacheDigest? {
    guard let loader else { return nil }
    var builder = CacheDigest.Builder()
    builder.add(FileSystem.currentDirectory)
    builder.add(project.root)
    builder.add(project.isComplete)
    builder.add(plan.projectRules.contains(index))
    for path in project.sourcePaths {
      builder.add(path)
      builder.add(plan.checkedPaths.contains(path))
      sources(&builder, path)
    }
    let facts = project.facts
    builder.add(facts.markers.count)
    for marker in facts.markers {
      builder.add(marker.kind.rawValue)
      builder.add(marker.path)
      builder.add(contentOf: marker.bytes)
    }
    builder.add(facts.auxiliaryFiles.count)
    for (path, content) in facts.auxiliaryFiles.sorted(by: { $0.key < $1.key }) {
      builder.add(path)
      builder.add(contentOf: content)
    }
    builder.add(facts.pins.pins.count)
    for (package, pin) in facts.pins.pins.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      builder.add(package.rawValue)
      builder.add(pin.version)
      builder.add(pin.source)
    }
    builder.add(facts.problems.map(\.description).sorted().joined(separator: "\n"))

    let settings = commandLine ?? LinterSettings()
    builder.add(settings.select != nil)
    for selector in settings.select ?? [] { builder.add(selector) }
    builder.add(settings.ignore.count)
    for selector in settings.ignore { builder.add(selector) }
    for (code, severity) in settings.severities.sorted(by: { $0.key < $1.key }) {
      builder.add(code)
      builder.add(severity.rawValue)
    }
    var configurations: [String: Configuration] = [:]
    do {
      // The files of a directory share its configuration: look each directory up once.
      var directories = Set<Substring>()
      for path in project.sourcePaths {
        let directory = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? "."
        guard directories.insert(directory).inserted else { continue }
        if let configuration = try loader.configuration(forFile: path, walked: !namedFiles.contains(path)) {
          configurations[configuration.path] = configuration
        }
      }
      if let configuration = try loader.configuration(forProject: project, namedFiles: namedFiles) {
        configurations[configuration.path] = configuration
      }
    } catch {
      return nil
    }
    builder.add(configurations.count)
    for (path, configuration) in configurations.sorted(by: { $0.key < $1.key }) {
      for file in [path] + configuration.ruleFiles {
        guard let content = try? FileSystem.read(file) else { return nil }
        builder.add(file)
        builder.add(contentOf: content)
      }
    }
    return builder.finish()
  }
}

/// Answers whether paths exist and remembers each question and answer, so that a cached finding can be trusted only
/// while every path it depended on still exists, or still does not.
final class ExistenceRecorder: @unchecked Sendable {
  let answer: @Sendable (String) -> Bool
  let lock = NSLock()
  var answers: [String: Bool] = [:]

  init(_ answer: @escaping @Sendable (String) -> Bool) {
    self.answer = answer
  }

  func exists(_ path: String) -> Bool {
    if let known = lock.withLock({ answers[path] }) { return known }
    let value = answer(path)
    lock.withLock { answers[path] = value }
    return value
  }

  /// The questions asked so far, sorted by path.
  var recorded: [(path: String, exists: Bool)] {
    lock.withLock { answers.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
  }
}
