import IaCSyntax

/// Where a project's own construct and stack classes are instantiated, and so the construct paths their bodies'
/// `self`/`this` stand for: `ApiStack(app, "Api-dev")` at the top of the app makes the body of `ApiStack` the stack
/// `Api-dev`; `Web(self, "Web")` inside it makes the body of `Web` the construct `Api-dev/Web`.
///
/// Each file contributes its ``FileFacts``, read from its model once; the paths are put together across the files of
/// a project. ``ConstructTree`` builds its nodes on these paths, and the engine completes the construct path of a
/// finding's resource with them, so that `locate`, the JSON and SARIF output and the editor name a resource alike.
package struct ConstructScopes: Sendable {
  /// One path the body of a class can stand for.
  package struct Prefix: Sendable, Hashable {
    /// The construct ids from the outermost known scope down to the instance itself.
    package var path: [String]
    /// Whether `path[0]` is a stack's id (the chain was traced to an app entry point).
    package var startsAtStack: Bool
    /// Whether the path stands for several instances: an instantiation on it sits in a loop. (A class instantiated
    /// more than once has several prefixes, each unambiguous on its own.)
    package var ambiguous: Bool
    /// The index in `path` of the innermost stack's id, when it is known.
    package var stackIndex: Int?
  }

  /// What one file says about the project's classes: the classes it declares, and the calls in it that may
  /// instantiate one of them.
  package struct FileFacts: Sendable, Hashable {
    /// One call that may instantiate a class of the project: `ApiStack(app, "Api-dev")`, `new Api(this, 'Api')`.
    package struct Instantiation: Sendable, Hashable {
      /// The called name's last part.
      package var className: String
      /// The index of the call in the file's ``SourceFile/calls``.
      package var call: Int
      /// The construct id, as a path segment (a template keeps its expressions as `{…}`).
      package var id: String
      /// The class the call is written in, when it is scoped to `self`/`this` inside one.
      package var container: String?
      package var inLoop: Bool
    }

    /// The file's path, as the project reports paths.
    package var path: String
    /// The classes the file declares, with their bases, in source order.
    package var classes: [(name: String, bases: [String])] {
      zip(classNames, classBases).map { ($0, $1) }
    }
    var classNames: [String] = []
    var classBases: [[String]] = []
    package var instantiations: [Instantiation] = []

    /// The facts of a model's file, where `projectClasses` are the names of the classes the project's files
    /// declare (``ConstructScopes/classNames(of:)``); a test file has none.
    package init(_ model: FileModel, projectClasses: Set<String>) {
      let file = model.file
      path = file.path
      guard !file.isTestFile else { return }
      classNames = file.classes.map(\.name)
      classBases = file.classes.map(\.bases)
      guard !projectClasses.isEmpty else { return }
      for (callIndex, call) in file.calls.enumerated() {
        guard let callee = call.callee, !callee.hasReceiverExpression, projectClasses.contains(callee.last.name),
          model.resource(createdBy: callIndex) == nil, let id = FileFacts.idText(of: call, in: model)
        else { continue }
        let name = callee.last.name
        let container = file.innermostClass(at: call.range.start).map { file.classes[$0].name }
        let scopeArgument = call.keyword("scope") ?? call.positional.first
        let scope = scopeArgument.map { file.text(tokens: $0.valueTokens) } ?? ""
        instantiations.append(Instantiation(
          className: name, call: callIndex, id: id,
          container: (scope == "self" || scope == "this") ? container : nil,
          inLoop: FileFacts.isInLoop(call, in: file)))
      }
    }

    /// Whether a module is a construct library: one of the frameworks', `constructs`, or a third-party library of
    /// constructs or components, which by convention names itself so (`cdk-nag`, `@aws-solutions-constructs/…`,
    /// `cdk_watchful`, `@pulumi/awsx`). A class that extends none of these, nor another construct class of the
    /// project (an `Error` or `Exception`, a plain class), is not a construct, whatever arguments it takes.
    static func isConstructLibrary(_ module: String) -> Bool {
      if Framework(module: module) != nil { return true }
      let bytes = module.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 + 32 : $0 }
      guard bytes.first != UInt8(ascii: ".") else { return false }
      func contains(_ word: StaticString) -> Bool {
        let needle = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { bytes[$0..<($0 + needle.count)].elementsEqual(needle) }
      }
      return contains("cdk") || contains("construct") || contains("pulumi")
    }

    /// The first name of a base as written: `cdk` in `cdk.Stack`, `Construct` in `Construct`.
    static func rootName(of base: String) -> String {
      String(base.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "$" })
    }

    /// The class a base names: `Stack` in `cdk.Stack`, `Construct` in `Construct`.
    static func lastName(of base: String) -> String {
      base.split(separator: ".").last.map(String.init) ?? base
    }

    /// The construct id an instantiation passes: `id=`/`construct_id=`/`id_`, or the second positional argument.
    static func idText(of call: Call, in model: FileModel) -> String? {
      let argument = call.keyword(anyOf: ["id", "construct_id", "id_"]) ?? (call.positional.count > 1 ? call.positional[1] : nil)
      guard let argument else { return nil }
      return FileModel.pathSegment(model.value(of: argument))
    }

    /// Whether a call sits in the body of a `for` or `while` loop (or a `.forEach`/`.map` callback).
    package static func isInLoop(_ call: Call, in file: SourceFile) -> Bool {
      let start = call.range.start
      let line = file.line(of: start)
      let callColumn = file.lineTable.location(of: start).utf8Column
      let first = file.firstToken(startingAtOrAfter: start)
      var index = first < file.tokens.count ? first : 0
      var steps = 0
      while index > 0 && steps < 4000 {
        index -= 1
        steps += 1
        let token = file.tokens[index]
        guard token.kind == .name, file.isName(index, "for") || file.isName(index, "while") || file.isName(index, "forEach") else { continue }
        if file.language == .python {
          // A Python loop encloses the call when it starts a line indented less than the call's.
          if file.startsLine(index), file.column(ofToken: index) < callColumn, file.line(of: Int(token.start)) < line { return true }
          if file.startsLine(index), file.column(ofToken: index) == 0 { return false }
        } else {
          // A TypeScript loop whose brackets or body enclose the call: the `{` after its header is unclosed before it.
          var cursor = index + 1
          while cursor < file.tokens.count && !file.isOp(cursor, "{") && Int(file.tokens[cursor].start) < start { cursor += 1 }
          if cursor < file.tokens.count, file.isOp(cursor, "{"), Int(file.tokens[cursor].start) < start {
            let (closer, _) = file.closer(of: cursor)
            if closer >= file.tokens.count || Int(file.tokens[closer].start) > start { return true }
          }
        }
      }
      return false
    }
  }

  /// The names of the construct and stack classes the files declare, test files left out: what ``FileFacts``
  /// looks for. A class is one when a base comes from a construct library (``FileFacts/isConstructLibrary(_:)``),
  /// or is another such class of the files; an `Error` subclass or a plain class is not, whatever it takes.
  package static func classNames(of files: [SourceFile]) -> Set<String> {
    var names = Set<String>()
    var others: [[String]] = []
    for file in files where !file.isTestFile && !file.classes.isEmpty {
      var libraryNames = Set<String>()
      for statement in file.imports where FileFacts.isConstructLibrary(statement.module) {
        for specifier in statement.specifiers { libraryNames.insert(specifier.alias) }
      }
      for declaration in file.classes {
        if declaration.bases.contains(where: { libraryNames.contains(FileFacts.rootName(of: $0)) }) {
          names.insert(declaration.name)
        } else if !declaration.bases.isEmpty {
          others.append([declaration.name] + declaration.bases)
        }
      }
    }
    // Then the classes that extend one of them, across files.
    var grew = true
    while grew {
      grew = false
      others.removeAll { entry in
        guard entry.dropFirst().contains(where: { names.contains(FileFacts.lastName(of: $0)) })
        else { return false }
        names.insert(entry[0])
        grew = true
        return true
      }
    }
    return names
  }

  /// One instantiation of one of the project's classes, with the file it is in.
  package struct Placed: Sendable {
    package var file: Int
    package var instantiation: FileFacts.Instantiation
  }

  package let files: [FileFacts]
  /// The project's classes by name: the first file that declares each, and its bases.
  let declarations: [String: (file: Int, bases: [String])]
  /// The instantiations of the project's classes, by class name, in file order.
  package let instantiations: [String: [Placed]]
  /// The paths of each class's body.
  let prefixes: [String: [Prefix]]

  package init(_ files: [FileFacts]) {
    self.files = files
    var declarations: [String: (file: Int, bases: [String])] = [:]
    for (index, facts) in files.enumerated() {
      for (name, bases) in zip(facts.classNames, facts.classBases) where declarations[name] == nil {
        declarations[name] = (index, bases)
      }
    }
    self.declarations = declarations
    var instantiations: [String: [Placed]] = [:]
    for (index, facts) in files.enumerated() {
      for instantiation in facts.instantiations where declarations[instantiation.className] != nil {
        instantiations[instantiation.className, default: []].append(Placed(file: index, instantiation: instantiation))
      }
    }
    self.instantiations = instantiations
    var builder = PrefixBuilder(declarations: declarations, instantiations: instantiations)
    for name in instantiations.keys.sorted() { _ = builder.classPaths(name, depth: 0) }
    for name in declarations.keys where builder.cache[name] == nil { _ = builder.classPaths(name, depth: 0) }
    prefixes = builder.cache
  }

  /// The paths the body of class `className` stands for; empty when the project never instantiates it.
  package func prefixes(of className: String) -> [Prefix] {
    prefixes[className] ?? []
  }

  /// The paths an instantiation's own instance has: one for each path of the class it is written in.
  package func paths(of placed: Placed) -> [Prefix] {
    var builder = PrefixBuilder(declarations: declarations, instantiations: instantiations)
    builder.cache = prefixes
    return builder.paths(of: placed, depth: 0)
  }
}

/// Puts together the paths of classes' bodies, following instantiations from class to class.
struct PrefixBuilder {
  let declarations: [String: (file: Int, bases: [String])]
  let instantiations: [String: [ConstructScopes.Placed]]
  var cache: [String: [ConstructScopes.Prefix]] = [:]

  mutating func classPaths(_ className: String, depth: Int) -> [ConstructScopes.Prefix] {
    if let cached = cache[className] { return cached }
    guard depth < 8 else { return [] }
    cache[className] = []  // cycle guard
    var result: [ConstructScopes.Prefix] = []
    for placed in instantiations[className] ?? [] {
      result += paths(of: placed, depth: depth)
    }
    cache[className] = result
    return result
  }

  mutating func paths(of placed: ConstructScopes.Placed, depth: Int) -> [ConstructScopes.Prefix] {
    let instantiation = placed.instantiation
    let stack = isStack(instantiation.className)
    guard let container = instantiation.container else {
      // Written outside any class (the app entry point): a stack at the root of the app.
      return [ConstructScopes.Prefix(path: [instantiation.id], startsAtStack: stack, ambiguous: instantiation.inLoop, stackIndex: stack ? 0 : nil)]
    }
    // A nested stack starts the logical ids of what it holds.
    return classPaths(container, depth: depth + 1).map { prefix in
      ConstructScopes.Prefix(
        path: prefix.path + [instantiation.id], startsAtStack: prefix.startsAtStack,
        ambiguous: prefix.ambiguous || instantiation.inLoop, stackIndex: stack ? prefix.path.count : prefix.stackIndex)
    }
  }

  /// Whether a class is a stack: it extends a `Stack` (`Stack`, `cdk.Stack`, `NestedStack`, `TerraformStack`).
  func isStack(_ className: String) -> Bool {
    guard let bases = declarations[className]?.bases else { return false }
    return bases.contains { ConstructScopes.FileFacts.lastName(of: $0).hasSuffix("Stack") }
  }
}
