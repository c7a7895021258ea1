import IaCModel
import IaCSyntax

extension SourceFile {
  /// The arguments of a call of a catalogued constructor that are props: Python keyword arguments, or the keys of
  /// the TypeScript object literal in the props position. Spreads are included so that callers can tell the list is
  /// incomplete. For calls the model has no resource for (structs, `XArgs(...)`), whose props it does not read.
  func propArguments(of call: Call, constructor: APIConstructor) -> [Argument] {
    switch language {
    case .python:
      return call.arguments.filter { $0.label != nil || $0.isSpread }
    case .typescript:
      guard let position = constructor.propsPosition, !call.arguments.contains(where: \.isSpread) else { return [] }
      let positional = call.positional
      guard position < positional.count else { return [] }
      let literal = positional[position]
      guard !literal.valueTokens.isEmpty, isOp(literal.valueTokens.lowerBound, "{") else { return [] }
      return call.properties.filter { literal.value.start <= $0.range.start && $0.range.end <= literal.value.end }
    }
  }
}
