import Foundation
import Testing
@testable import BylineUI

/// Theme files that would make TOMLKit slow or the reader hang are refused before they are parsed.
@Suite struct ThemeLimitTests {
    private func problem(_ text: String) -> String? {
        do {
            _ = try ThemeLoader.parse(text, path: "t.toml", defaultName: "t")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func deeplyNestedInlineTablesAreRefused() {
        let nested = "[scopes]\ntext = " + String(repeating: "{ a = ", count: 800) + "1" + String(repeating: " }", count: 800)
        #expect(problem(nested)?.contains("too complex for a theme: nested more than 32 levels deep") == true)
        #expect(problem(nested)?.hasPrefix("t.toml:2:") == true, "the line is named")
    }

    @Test func deeplyNestedArraysAreRefused() {
        let arrays = "name = " + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000)
        #expect(problem(arrays)?.contains("nested more than 32 levels deep") == true)
    }

    @Test func aLongDottedHeaderIsRefused() {
        let header = "[scopes." + (1...10_000).map { "k\($0)" }.joined(separator: ".") + "]\nfg = \"red\"\n"
        #expect(problem(header)?.contains("nested more than 32 levels deep") == true)
        let dottedKey = "[scopes]\n" + (1...40).map { "k\($0)" }.joined(separator: ".") + " = \"red\"\n"
        #expect(problem(dottedKey)?.contains("nested more than 32 levels deep") == true)
    }

    @Test func tooManyKeysAreRefused() {
        let keys = "[palette]\n" + (1...10_001).map { "c\($0) = 1" }.joined(separator: "\n")
        #expect(problem(keys)?.contains("more than 10000 keys") == true)
    }

    @Test func bracketsDotsAndEqualsInStringsAndCommentsDoNotCount() throws {
        let text = """
            # {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{ a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.1.2.3.4.5.6.7
            description = "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[ a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.1.2.3.4.5.6.7 = = ="
            name = '''
            {{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{
            '''
            [scopes]
            "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z.1.2.3.4.5.6.7.8.9" = { fg = "red", bg = 3 }
            quote.speaker = { fg = "cyan" }
            """
        #expect(problem(text) == nil)
        let theme = try ThemeLoader.parse(text, path: "t.toml", defaultName: "t")
        #expect(theme.style(for: "quote.speaker").foreground == .indexed(6))
        let values = "a = 1.5\nb = [1.5, 2.5, { c = 1.0e3 }]\n" + (1...40).map { "v\($0) = 0.\($0)" }.joined(separator: "\n")
        #expect(ThemeShape.problem(in: values) == nil, "dots in values are not nesting")
    }

    @Test func thousandsOfKeysWithinTheLimitStillLoad() throws {
        let keys = "[palette]\n" + (1...5_000).map { "c\($0) = \($0 % 256)" }.joined(separator: "\n")
            + "\n[scopes]\ntext = \"c7\"\n"
        let theme = try ThemeLoader.parse(keys, path: "t.toml", defaultName: "t")
        #expect(theme.style(for: "text").foreground == .indexed(7))
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() throws {
        try ThemeFiles.withDirectory { directory in
            let fifo = directory.appendingPathComponent("pipe.toml").path
            #expect(mkfifo(fifo, 0o600) == 0)
            #expect(throws: ThemeError(path: fifo, problem: "is not a regular file")) { try ThemeLoader.load(path: fifo) }
            #expect(throws: ThemeError(path: "/dev/zero", problem: "is not a regular file")) {
                try ThemeLoader.load(path: "/dev/zero")
            }
        }
    }
}
