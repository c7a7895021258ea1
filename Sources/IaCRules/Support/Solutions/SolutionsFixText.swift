import IaCModel
import IaCSyntax

/// A one-prop fix's value that is not a boolean, written the way the file names things: an enum member or a props
/// struct of the construct's own module (`s3.BlockPublicAccess.BLOCK_ALL`, `{ pointInTimeRecoveryEnabled: true }`).
///
/// The module is named as the construct's call names it (`s3.Bucket(...)` → `s3.`); a construct imported by its own
/// name (`Bucket(...)`) gets a fix only when the file imports the enum or struct by its name too. No import is ever
/// added, so a fix never leaves a name the file does not define.
package struct SolutionsFixText: Sendable {
  let make: @Sendable (Resource, FileModel) -> String?

  /// The value text for this resource, or nil when the file gives no way to write it.
  func text(for resource: Resource, in model: FileModel) -> String? {
    make(resource, model)
  }

  /// A member of an enum-like class of the construct's module (`BlockPublicAccess`, `BLOCK_ALL`).
  package static func member(_ type: String, _ member: String) -> SolutionsFixText {
    SolutionsFixText { resource, model in
      typeName(type, for: resource, in: model).map { "\($0).\(member)" }
    }
  }

  /// A props struct of the construct's module, written only where the prop is unset (a set value may carry other
  /// settings the fix would drop). Python calls the struct (`dynamodb.PointInTimeRecoverySpecification(...)`, with
  /// `pythonArguments` inside the parentheses); TypeScript writes the object literal `typescript`.
  package static func structure(
    _ prop: String,
    type: String,
    pythonArguments: String,
    typescript: String
  ) -> SolutionsFixText {
    SolutionsFixText { resource, model in
      guard !resource.isSet(prop) else { return nil }
      if model.file.language == .python {
        return typeName(type, for: resource, in: model).map { "\($0)(\(pythonArguments))" }
      }
      return typescript
    }
  }

  /// The same fix, withheld when the resource sets one of these props (a fix that would contradict them).
  package func unless(_ props: [String]) -> SolutionsFixText {
    let make = self.make
    return SolutionsFixText { resource, model in
      props.contains(where: { resource.isSet($0) }) ? nil : make(resource, model)
    }
  }

  /// How the file names `type` of the construct's module: through the module the construct's callee goes through
  /// (`s3.Bucket` → `s3.BlockPublicAccess`), or by its own name when the file imports it so. Nil otherwise.
  static func typeName(_ type: String, for resource: Resource, in model: FileModel) -> String? {
    let file = model.file
    guard resource.call < file.calls.count, let callee = file.calls[resource.call].callee,
      !callee.hasReceiverExpression else { return nil }
    if callee.parts.count >= 2 {
      return callee.parts.dropLast().map(\.name).joined(separator: ".") + "." + type
    }
    guard let bound = file.importBindings[type], bound == type || bound.hasSuffix("." + type) else { return nil }
    return type
  }

  /// Whether the project pins aws-cdk-lib below the release the pack's facts were verified in: the enum member or
  /// struct a fix names may not exist there, so the fix is unsafe.
  static func pinsOlderRelease(context: RuleContext) -> Bool {
    LibraryVersions.pinsBelow(.awsCdkLib, SolutionsCatalog.defaultsVerifiedIn, pins: LibraryVersions.pins(for: context))
  }
}

extension SolutionsFixText {
  /// A literal in each language, written only where the prop is unset (Pulumi's `{"enabled": True}`).
  package static func literal(_ prop: String, python: String, typescript: String) -> SolutionsFixText {
    SolutionsFixText { resource, model in
      guard !resource.isSet(prop) else { return nil }
      return model.file.language == .python ? python : typescript
    }
  }

  /// A call on one of aws-cdk-lib's root classes (`Duration.hours(24)`), through the file's import of that class or
  /// of the root module (`cdk.Duration.hours(24)`); nil when the file imports neither.
  package static func root(_ type: String, _ call: String) -> SolutionsFixText {
    SolutionsFixText { _, model in
      let bindings = model.file.importBindings
      if let bound = bindings[type], bound == "aws_cdk.\(type)" || bound == "aws-cdk-lib.\(type)" {
        return "\(type).\(call)"
      }
      let roots = bindings.filter { $0.value == "aws_cdk" || $0.value == "aws-cdk-lib" }.map(\.key).sorted()
      return roots.first.map { "\($0).\(type).\(call)" }
    }
  }
}
