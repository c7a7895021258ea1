import IaCSyntax

extension ProjectSnapshot {
  /// Calls that create a CDK or CDK for Terraform `App` in the project's non-test sources.
  public var appCreations: [(file: SourceFile, call: Call)] {
    var found: [(SourceFile, Call)] = []
    for file in sources where !file.isTestFile && (file.usesCDK || file.frameworks.contains(.cdktf)) {
      for call in file.calls where call.callee?.last.name == "App" {
        guard let callee = call.callee, let qualified = file.qualifiedName(of: callee) else { continue }
        if let symbol = SourceFile.cdkSymbol(qualified: qualified), symbol.module.isEmpty, symbol.members == ["App"] {
          found.append((file, call))
        } else if qualified == "cdktf.App" || qualified == "aws_cdk.core.App" || qualified == "@aws-cdk/core.App" {
          found.append((file, call))
        }
      }
    }
    return found
  }

  /// Stack classes (`Stack` or `TerraformStack` subclasses) in the project's non-test sources, by path.
  public var stackClasses: [(file: SourceFile, declaration: ClassDecl)] {
    var found: [(SourceFile, ClassDecl)] = []
    for file in sources.sorted(by: { $0.path < $1.path }) where !file.isTestFile && (file.usesCDK || file.frameworks.contains(.cdktf)) {
      for declaration in file.classes where file.isStackClass(declaration) {
        found.append((file, declaration))
      }
    }
    return found
  }

  /// The stack class an entry point should instantiate: the first one no other stack class nests.
  public var mainStack: (file: SourceFile, declaration: ClassDecl)? {
    let stacks = stackClasses
    let nested = Set(stacks.flatMap { stack in
      stack.file.calls.compactMap { call -> String? in
        guard let name = call.callee?.last.name, stack.file.range(of: stack.declaration).contains(call.range.start) else { return nil }
        return name
      }
    })
    return stacks.first { !nested.contains($0.declaration.name) } ?? stacks.first
  }

  /// Where a new entry point goes and what it contains, for the project's main stack; nil without a stack class.
  ///
  /// Python: `<name>.py` at the root, named after the stack module (`lib/tap_stack.py` → `tap.py`), else `app.py`.
  /// TypeScript: `bin/<name>.ts` (`lib/tap-stack.ts` → `bin/tap.ts`), else `bin/app.ts`.
  public func plannedEntryPoint(path requested: String? = nil) -> (path: String, contents: String)? {
    // The generated entry point is written for CDK v2 and CDK for Terraform; a v1 project gets none.
    guard !sources.contains(where: \.isCDKv1), let (file, declaration) = mainStack else { return nil }
    let relative = relativePath(file.path)
    let isCDKTF = file.frameworks.contains(.cdktf) && !file.usesCDK
    var stem = String(relative.split(separator: "/").last ?? "app")
    if let dot = stem.lastIndex(of: ".") { stem = String(stem[..<dot]) }
    switch file.language {
    case .python:
      var name = stem
      for suffix in ["_stack", "-stack"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
      if name.isEmpty || name == stem { name = "app" }
      let path = requested ?? name + ".py"
      var module = relative
      if module.hasSuffix(".py") { module.removeLast(3) }
      module = module.split(separator: "/").joined(separator: ".")
      let appLine = isCDKTF ? "from cdktf import App" : "import aws_cdk as cdk"
      let create = isCDKTF ? "App()" : "cdk.App()"
      let id = isCDKTF ? name : declaration.name
      return (path, """
        #!/usr/bin/env python3
        \(appLine)

        from \(module) import \(declaration.name)

        app = \(create)
        \(declaration.name)(app, "\(id)")
        app.synth()

        """)
    case .typescript:
      var name = stem
      for suffix in ["-stack", "_stack", "Stack"] where name.hasSuffix(suffix) { name.removeLast(suffix.count) }
      if name.isEmpty || name == stem { name = "app" }
      let path = requested ?? (isCDKTF ? "main.ts" : "bin/\(name).ts")
      var target = relative
      for suffix in [".ts", ".js", ".mts", ".mjs"] where target.hasSuffix(suffix) { target.removeLast(suffix.count) }
      let depth = path.split(separator: "/").count - 1
      let importPath = (depth == 0 ? "./" : String(repeating: "../", count: depth)) + target
      let appImport = isCDKTF ? "import { App } from 'cdktf';" : "import * as cdk from 'aws-cdk-lib';"
      let create = isCDKTF ? "new App()" : "new cdk.App()"
      let id = isCDKTF ? name : declaration.name
      return (path, """
        #!/usr/bin/env node
        \(appImport)
        import { \(declaration.name) } from '\(importPath)';

        const app = \(create);
        new \(declaration.name)(app, '\(id)');
        app.synth();

        """)
    }
  }
}

extension ProjectSnapshot {
  /// Whether the project is a library rather than an app: its `package.json` declares `jsii`, or a `main` or
  /// `exports` entry without a `bin`. A library that defines stacks has no entry point of its own by design.
  public var isLibrary: Bool {
    guard let bytes = auxiliaryFiles[path("package.json")], let json = JSONValue.parse(bytes) else { return false }
    if json["jsii"] != nil { return true }
    return (json["main"] != nil || json["exports"] != nil) && json["bin"] == nil
  }
}

extension SourceFile {
  /// The byte range of a class declaration.
  package func range(of declaration: ClassDecl) -> TextRange { declaration.range }
}
