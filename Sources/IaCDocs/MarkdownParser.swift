import CCmark

/// Turns Markdown into ``MarkdownBlock`` values by walking libcmark's tree with its iterator API.
enum MarkdownParser {
  /// The blocks of `markdown`. Returns no blocks for empty input or when libcmark cannot allocate.
  static func parse(_ markdown: String) -> [MarkdownBlock] {
    CmarkDocument.withParsed(markdown) { root in
      guard let iterator = cmark_iter_new(root) else { return [] }
      defer { cmark_iter_free(iterator) }
      return walk(iterator)
    } ?? []
  }

  /// A container node entered but not yet exited, with the children collected so far.
  struct Frame {
    var node: OpaquePointer
    var type: cmark_node_type
    var blocks: [MarkdownBlock] = []
    var inlines: [MarkdownInline] = []
    var items: [[MarkdownBlock]] = []
  }

  static func walk(_ iterator: OpaquePointer) -> [MarkdownBlock] {
    var stack: [Frame] = []
    var document: [MarkdownBlock] = []
    while true {
      let event = cmark_iter_next(iterator)
      if event == CMARK_EVENT_DONE || event == CMARK_EVENT_NONE { break }
      guard let node = cmark_iter_get_node(iterator) else { continue }
      let type = cmark_node_get_type(node)
      if event == CMARK_EVENT_ENTER {
        if let leaf = leafBlock(node, type) {
          if !stack.isEmpty { stack[stack.count - 1].blocks.append(leaf) }
        } else if let leaf = leafInline(node, type) {
          if !stack.isEmpty { stack[stack.count - 1].inlines.append(leaf) }
        } else {
          stack.append(Frame(node: node, type: type))
        }
        continue
      }
      // CMARK_EVENT_EXIT: only containers are exited.
      guard let frame = stack.popLast() else { continue }
      guard !stack.isEmpty else {
        document = frame.blocks
        continue
      }
      let parent = stack.count - 1
      switch frame.type {
      case CMARK_NODE_BLOCK_QUOTE:
        stack[parent].blocks.append(.blockQuote(frame.blocks))
      case CMARK_NODE_LIST:
        stack[parent].blocks.append(.list(list(frame)))
      case CMARK_NODE_ITEM:
        stack[parent].items.append(frame.blocks)
      case CMARK_NODE_PARAGRAPH:
        stack[parent].blocks.append(.paragraph(frame.inlines))
      case CMARK_NODE_HEADING:
        stack[parent].blocks.append(.heading(level: Int(cmark_node_get_heading_level(frame.node)), frame.inlines))
      case CMARK_NODE_EMPH:
        stack[parent].inlines.append(.emphasis(frame.inlines))
      case CMARK_NODE_STRONG:
        stack[parent].inlines.append(.strong(frame.inlines))
      case CMARK_NODE_LINK:
        stack[parent].inlines.append(.link(url: string(cmark_node_get_url(frame.node)), frame.inlines))
      case CMARK_NODE_IMAGE:
        stack[parent].inlines.append(.image(url: string(cmark_node_get_url(frame.node)), frame.inlines))
      default:
        // Custom blocks and inlines (never produced by the parser): keep their children.
        stack[parent].blocks += frame.blocks
        stack[parent].inlines += frame.inlines
      }
    }
    return document
  }

  /// The block for a node that has no children, or nil for containers.
  static func leafBlock(_ node: OpaquePointer, _ type: cmark_node_type) -> MarkdownBlock? {
    switch type {
    case CMARK_NODE_CODE_BLOCK:
      return .codeBlock(info: string(cmark_node_get_fence_info(node)), code: string(cmark_node_get_literal(node)))
    case CMARK_NODE_HTML_BLOCK:
      return .html(string(cmark_node_get_literal(node)))
    case CMARK_NODE_THEMATIC_BREAK:
      return .thematicBreak
    default:
      return nil
    }
  }

  /// The inline for a node that has no children, or nil for containers.
  static func leafInline(_ node: OpaquePointer, _ type: cmark_node_type) -> MarkdownInline? {
    switch type {
    case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
    case CMARK_NODE_SOFTBREAK: return .softBreak
    case CMARK_NODE_LINEBREAK: return .lineBreak
    case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
    case CMARK_NODE_HTML_INLINE: return .html(string(cmark_node_get_literal(node)))
    default: return nil
    }
  }

  static func list(_ frame: Frame) -> MarkdownList {
    let kind: MarkdownList.Kind
    if cmark_node_get_list_type(frame.node) == CMARK_ORDERED_LIST {
      let delimiter: Character = cmark_node_get_list_delim(frame.node) == CMARK_PAREN_DELIM ? ")" : "."
      kind = .ordered(start: Int(cmark_node_get_list_start(frame.node)), delimiter: delimiter)
    } else {
      kind = .bullet
    }
    return MarkdownList(kind: kind, isTight: cmark_node_get_list_tight(frame.node) != 0, items: frame.items)
  }

  /// A string cmark owns, copied; nil becomes empty. The node keeps ownership, so nothing is freed here.
  static func string(_ pointer: UnsafePointer<CChar>?) -> String {
    pointer.map { String(cString: $0) } ?? ""
  }
}
