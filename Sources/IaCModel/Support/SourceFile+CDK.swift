import IaCSyntax

/// A name that resolves into aws-cdk-lib: the module key and the member path after it.
public struct CDKSymbol: Sendable, Equatable {
  /// The module key (`aws_s3`, `""` for the core module).
  public var module: String
  /// The names after the module (`["Bucket"]`, `["BlockPublicAccess", "BLOCK_ALL"]`); empty for the module itself.
  public var members: [String]
}

extension SourceFile {
  /// What a reference resolves to in aws-cdk-lib through the file's imports, or nil.
  public func cdkSymbol(of reference: Reference) -> CDKSymbol? {
    guard let qualified = qualifiedName(of: reference) else { return nil }
    return SourceFile.cdkSymbol(qualified: qualified)
  }

  /// What a qualified import name resolves to in aws-cdk-lib, or nil.
  public static func cdkSymbol(qualified: String) -> CDKSymbol? {
    // Only names under the package can resolve; most references are not (`os.path`, `self.bucket`).
    guard qualified.utf8.starts(with: "aws_cdk".utf8) || qualified.utf8.starts(with: "aws-cdk-lib".utf8) else {
      return nil
    }
    let modules = CDKModules.shared
    if let module = modules.module(forImport: qualified) { return CDKSymbol(module: module, members: []) }
    // The longest prefix ending before a dot that names a module; the rest are members.
    let utf8 = qualified.utf8
    var index = utf8.endIndex
    while index > utf8.startIndex {
      index = utf8.index(before: index)
      guard utf8[index] == UInt8(ascii: ".") else { continue }
      if let module = modules.module(forImport: String(qualified[..<index])) {
        let rest = qualified[qualified.index(after: index)...]
        return CDKSymbol(module: module, members: rest.split(separator: ".", omittingEmptySubsequences: false).map(String.init))
      }
    }
    return nil
  }

  /// The CDK module an import alias names (`s3` → `aws_s3`), or nil when it names none (or a member).
  public func cdkModule(ofAlias alias: String) -> String? {
    guard let qualified = importBindings[alias] else { return nil }
    return CDKModules.shared.module(forImport: qualified)
  }

  /// An alias the file already uses for `module`, if any.
  public func alias(ofCDKModule module: String) -> String? {
    for statement in imports {
      for specifier in statement.specifiers where CDKModules.shared.module(forImport: specifier.qualifiedName) == module {
        return specifier.alias
      }
    }
    return nil
  }

  /// Whether the file imports aws-cdk-lib.
  public var usesCDK: Bool { frameworks.contains(.cdk) }

  /// Whether the file is written against CDK v1 (`aws_cdk.core`, `from aws_cdk import core`, `@aws-cdk/core`,
  /// `@aws-cdk/aws-s3`; not aws-cdk-lib v2's `@aws-cdk/*-alpha` packages), whose modules export other names than
  /// aws-cdk-lib's: rules built on the v2 module table skip such files.
  public var isCDKv1: Bool {
    imports.contains { statement in
      statement.module == "aws_cdk.core" || statement.module.hasPrefix("aws_cdk.core.") || statement.module == "@aws-cdk/core"
        || (statement.module.hasPrefix("@aws-cdk/aws-") && !statement.module.hasSuffix("-alpha"))
        || (statement.kind == .pythonFrom && statement.module == "aws_cdk" && statement.specifiers.contains { $0.member == "core" })
    }
  }

  /// The last assignment to `target` that starts before `offset`.
  public func assignment(to target: String, before offset: Int) -> Assignment? {
    assignments.last { $0.target == target && $0.targetRange.start < offset }
  }

  /// The call a value expression is, following one assignment when the value is a name bound in this file.
  public func resolvedCall(of tokens: Range<Int>) -> Call? {
    if let index = callIndex(spanning: tokens) { return calls[index] }
    let text = self.text(tokens: tokens)
    guard !text.isEmpty, let start = byteRange(tokens: tokens)?.start,
      let assignment = assignment(to: text, before: start), let call = assignment.valueCall else { return nil }
    return calls[call]
  }

  /// Whether a class's bases include a CDK `Stack` (any spelling: `Stack`, `cdk.Stack`, `core.Stack`).
  public func isStackClass(_ declaration: ClassDecl) -> Bool {
    declaration.bases.contains { base in
      let last = base.split(separator: ".").last.map(String.init) ?? base
      return last == "Stack" || last == "TerraformStack"
    }
  }

  /// The (zero-based) line of a token's start.
  package func line(ofToken index: Int) -> Int { line(of: Int(tokens[index].start)) }
}
