import Foundation
@testable import IaCLinter
import IaCModel
import IaCRules
import Testing

/// Files that are not what they seem: pipes, links that lead nowhere, files that vanish, change or are written
/// through a link. Each gives a note or an error for that file, and nothing else is disturbed.
@Suite struct FileFaultTests {
  @Test func aPipeIsNotOpenedForReading() throws {
    let directory = try TemporaryDirectory()
    let fifo = directory.path + "/stack.py"
    #expect(mkfifo(fifo, 0o644) == 0)
    // A guard, so that a regression fails instead of hanging: a blocked reader is released by a writer that comes
    // and goes (a correct read never waits for one, and then opening for writing simply fails). It sleeps on a
    // thread of its own, never on one of Dispatch's or the test runner's few shared threads.
    Thread {
      for _ in 0..<30 {
        sleep(2)
        let descriptor = open(fifo, O_WRONLY | O_NONBLOCK)
        if descriptor >= 0 { close(descriptor) }
      }
    }.start()
    // Opening a FIFO nobody writes to blocks for ever; reading one must refuse at once instead.
    #expect(throws: FileError.self) { try FileSystem.read(fifo) }
    try directory.write("good.py", "x = 1\n")
    let report = CheckRunner(linter: Linter()).run(paths: [fifo, directory.path + "/good.py"])
    #expect(report.filesChecked == 1)
    #expect(report.notes.map(\.message) == ["cannot read: not a regular file"])
  }

  @Test func linksThatLeadNowhereGetANote() throws {
    let directory = try TemporaryDirectory()
    try directory.write("lib/good.py", "x = 1\n")
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/lib/loop.py", withDestinationPath: directory.path + "/lib/loop.py")
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/lib/gone.ts", withDestinationPath: directory.path + "/nowhere.ts")
    try FileManager.default.createSymbolicLink(atPath: directory.path + "/lib/notes.txt", withDestinationPath: directory.path + "/nowhere.txt")
    let report = CheckRunner(linter: Linter()).run(paths: [directory.path])
    #expect(report.filesChecked == 1)
    #expect(Set(report.notes.map { ($0.path as NSString).lastPathComponent }) == ["loop.py", "gone.ts"])
    #expect(report.notes.allSatisfy { $0.message.contains("symbolic link") })
  }

  @Test func aFileThatVanishesAfterDiscoveryGetsANote() throws {
    let directory = try TemporaryDirectory()
    let runner = CheckRunner(linter: Linter())
    guard case .failure(let note) = runner.load(directory.path + "/vanished.py") else {
      Issue.record("a missing file was loaded")
      return
    }
    #expect(note.message == "cannot read: No such file or directory")
    #expect(note.level == .error)
  }

  @Test func aFileChangedSinceItWasReadIsNotWritten() throws {
    let directory = try TemporaryDirectory()
    try directory.write("a.py", "old\n")
    let path = directory.path + "/a.py"
    try directory.write("a.py", "edited meanwhile\n")
    #expect(throws: FileError.self) { try FileSystem.writeAtomically(path, Array("fixed\n".utf8), expected: Array("old\n".utf8)) }
    #expect(try directory.read("a.py") == "edited meanwhile\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains("iaclsp-") }
    #expect(leftovers.isEmpty)
  }

  @Test func writingThroughALinkReplacesItsTargetAndKeepsTheLink() throws {
    let directory = try TemporaryDirectory()
    try directory.write("real/stack.py", "old\n")
    try FileManager.default.setAttributes([.posixPermissions: 0o751], ofItemAtPath: directory.path + "/real/stack.py")
    let link = directory.path + "/stack.py"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: "real/stack.py")
    try FileSystem.writeAtomically(link, Array("new\n".utf8), expected: Array("old\n".utf8))
    #expect(FileSystem.isSymbolicLink(link))
    #expect(try directory.read("real/stack.py") == "new\n")
    let permissions = try FileManager.default.attributesOfItem(atPath: directory.path + "/real/stack.py")[.posixPermissions] as? Int
    #expect(permissions == 0o751)
  }

  @Test func aTreeOfThousandsOfFilesAndDeepFoldersIsWalked() throws {
    let directory = try TemporaryDirectory()
    var deep = "deep"
    for level in 0..<100 { deep += "/d\(level)" }
    try directory.write(deep + "/leaf.py", "x = 1\n")
    for index in 0..<1_500 {
      try directory.write("wide/m\(index % 30)/f\(index).py", "from aws_cdk import aws_s3 as s3\nb\(index) = 1\n")
    }
    let report = CheckRunner(linter: Linter()).run(paths: [directory.path])
    #expect(report.filesChecked == 1_501)
    #expect(report.notes.isEmpty)
  }
}
