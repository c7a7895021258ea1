import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// JSON-RPC over a pair of file descriptors (standard input and output for a language server): a thread reads and
/// splits the input, and writes are framed and serialised under a lock.
public final class FileDescriptorTransport: MessageSink, @unchecked Sendable {
  let input: Int32
  let output: Int32
  let lock = NSLock()
  var writeFailed = false
  /// Guards `writeStarted` and `outputAbandoned`, which the reading thread checks while a write holds `lock`.
  let stateLock = NSLock()
  /// When the write in progress began.
  var writeStarted: UInt64?
  /// Set once the output is given up (a failed write, or a stuck one after the input closed).
  var outputAbandoned = false
  /// Called once when a write fails (the reader of our output went away).
  let onWriteFailure: @Sendable () -> Void

  /// A transport on `input` and `output`. `onWriteFailure` runs once if the other side stops reading.
  public init(input: Int32, output: Int32, onWriteFailure: @escaping @Sendable () -> Void) {
    self.input = input
    self.output = output
    self.onWriteFailure = onWriteFailure
  }

  /// Starts the reading thread, which delivers messages to `receiver` until the input ends.
  public func start(receiver: any MessageReceiver) {
    let input = self.input
    let thread = Thread {
      var reader = MessageReader()
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let count = chunk.withUnsafeMutableBytes { buffer in
          read(input, buffer.baseAddress, buffer.count)
        }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        reader.append(chunk[0..<count])
        while let event = reader.next() {
          switch event {
          case .message(let body): receiver.receive(Data(body))
          case .error(let error): receiver.framingError(error)
          }
        }
      }
      receiver.inputClosed()
      // The client is done. If it also stopped reading, a write blocks for good and the server cannot reach its
      // exit: give up on the output once a write has been stuck for a second.
      while true {
        usleep(200_000)
        if self.blockedWriteNanoseconds() >= 1_000_000_000 {
          self.failWrites()
          return
        }
      }
    }
    thread.name = "iaclsp-reader"
    thread.stackSize = 1 << 20
    thread.start()
  }

  /// How long the write in progress has been going on (0 when none is).
  func blockedWriteNanoseconds() -> UInt64 {
    let now = DispatchTime.now().uptimeNanoseconds
    return stateLock.withLock { writeStarted.map { now &- $0 } ?? 0 }
  }

  /// Stops writing for good and reports the failure once.
  func failWrites() {
    let first = stateLock.withLock {
      defer { outputAbandoned = true }
      return !outputAbandoned
    }
    if first { onWriteFailure() }
  }

  public func send(_ body: Data) {
    let framed = MessageFraming.frame(body)
    lock.lock()
    defer { lock.unlock() }
    guard !writeFailed, !stateLock.withLock({ outputAbandoned }) else { return }
    stateLock.withLock { writeStarted = DispatchTime.now().uptimeNanoseconds }
    defer { stateLock.withLock { writeStarted = nil } }
    var offset = 0
    framed.withUnsafeBytes { buffer in
      while offset < buffer.count {
        let written = write(output, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR || errno == EAGAIN { continue }
          writeFailed = true
          return
        }
        offset += written
      }
    }
    if writeFailed { failWrites() }
  }
}
