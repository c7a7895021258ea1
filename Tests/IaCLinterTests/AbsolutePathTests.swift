import IaCLinter
import Testing

@Suite("Absolute paths")
struct AbsolutePathTests {
  @Test(arguments: [
    ("/a/b/c.py", "/a/b/c.py"),
    ("/", "/"),
    ("//", "/"),
    ("/a//b/", "/a/b"),
    ("/a/./b/.", "/a/b"),
    ("/a/../b", "/b"),
    ("/../../a", "/a"),
    ("/a/b/..", "/a"),
    ("/a/.hidden/..b/c", "/a/.hidden/..b/c"),
    ("/é/./ü/../x.py", "/é/x.py"),
  ])
  func resolvesDotsAndSlashes(path: String, expected: String) {
    #expect(ProjectModel.absolute(path) == expected)
  }

  @Test func relativePathsStartAtTheWorkingDirectory() {
    let here = ProjectModel.absolute(".")
    #expect(here.hasPrefix("/"))
    #expect(ProjectModel.absolute("x/../y.py") == (here == "/" ? "/y.py" : here + "/y.py"))
  }
}
