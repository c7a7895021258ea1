import Foundation
import JSONRPC
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the language server on standard input and output until the client says `exit`, closes the input, stops
/// reading the output, or its process ends. Logs go to standard error.
public enum StdioServer {
  /// Serves, and never returns: the process exits with 0 after `shutdown` and `exit`, 1 otherwise.
  public static func run() -> Never {
    signal(SIGPIPE, SIG_IGN)
    let log: @Sendable (String) -> Void = { line in
      FileHandle.standardError.write(Data((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }
    let transport = FileDescriptorTransport(input: STDIN_FILENO, output: STDOUT_FILENO) {
      log("iaclsp: the client stopped reading; exiting")
      exit(1)
    }
    let options = ServerOptions(
      exit: { code in exit(code) },
      watchClientProcess: { pid in watch(pid, log: log) },
      log: log
    )
    let connection = ServerConnection(sink: transport, options: options)
    transport.start(receiver: connection)
    while true { sleep(3600) }
  }

  /// Exits when process `pid` is gone (the editor crashed or was killed without closing our input).
  static func watch(_ pid: Int, log: @escaping @Sendable (String) -> Void) {
    guard pid > 0, pid <= Int(Int32.max) else { return }
    let thread = Thread {
      while true {
        sleep(3)
        if kill(pid_t(pid), 0) != 0 && errno == ESRCH {
          log("iaclsp: the client process \(pid) is gone; exiting")
          exit(1)
        }
      }
    }
    thread.name = "iaclsp-parent-watch"
    thread.start()
  }
}
