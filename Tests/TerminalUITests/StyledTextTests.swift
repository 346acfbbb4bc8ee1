import Testing
@testable import TerminalUI

/// Lines of mixed roles cut as a whole, marked list cells, and the help's
/// "more below".
@Suite struct StyledTextTests {
    func text(_ pieces: [(String, StyleRole)]) -> StyledText {
        var text = StyledText()
        for (piece, role) in pieces { text.append(piece, role: role) }
        return text
    }

    @Test func aLineThatDoesNotFitEndsWithAnEllipsisEvenBetweenPieces() {
        let line = text([("abcd", .detailValue), ("  asked", .intentAsked)])
        let cut = line.truncated(to: 4)
        #expect(cut.text == "abc…")
        #expect(cut.roles == [.detailValue, .detailValue, .detailValue, .detailValue], "the ellipsis takes the first hidden role")
        #expect(line.truncated(to: 6).roles.last == .intentAsked)
        #expect(line.truncated(to: 11) == line)
    }

    @Test func aHiddenMarkLightsTheEllipsis() {
        let line = StyledText("Jean Montauban", role: .list, marked: [5..<8], markRole: .listMatch)
        #expect(line.truncated(to: 5, reveal: .listMatch).roles.last == .listMatch)
        #expect(line.truncated(to: 5).roles.last == .list)
        let partly = line.truncated(to: 8, reveal: .listMatch)
        #expect(partly.text == "Jean Mo…")
        #expect(partly.roles == [.list, .list, .list, .list, .list, .listMatch, .listMatch, .listMatch])
    }

    @Test func aWideCharacterAtTheCutBecomesASpace() {
        let line = StyledText("ab東京", role: .list, marked: [2..<4], markRole: .listMatch)
        let cut = line.truncated(to: 4, reveal: .listMatch)
        #expect(cut.text == "ab …")
        #expect(cut.displayWidth == 4)
        #expect(cut.roles == [.list, .list, .listMatch, .listMatch])
    }

    @Test func fittingPadsInThePadRoleOnTheAlignedSide() {
        let fitted = StyledText("ab", role: .listMatch).fitted(width: 4, alignment: .right, padRole: .list)
        #expect(fitted.text == "  ab")
        #expect(fitted.roles == [.list, .list, .listMatch, .listMatch])
    }

    @Test func markedCellsAreDrawnInTheMatchRoleOnEveryRow() {
        let columns = [ListColumn("Name", width: .fixed(10))]
        let rows = [ListRow([ListCell("Lefèvre", marked: [0..<3])]), ListRow([ListCell("Alef", marked: [1..<4])])]
        let list = ListView(columns: columns, rows: rows, state: ListState(selected: 0))
        var buffer = ScreenBuffer(width: 10, height: 2)
        list.render(into: &buffer, area: buffer.area)
        #expect(buffer.lines() == ["Lefèvre   ", "Alef      "])
        #expect(Array(buffer.roles(row: 0)[0..<4]) == [.listMatch, .listMatch, .listMatch, .listSelected])
        #expect(Array(buffer.roles(row: 1)[0..<5]) == [.list, .listMatch, .listMatch, .listMatch, .list])
    }

    @Test func theHelpTableSaysWhenMoreFollowsBelow() {
        let rows = (1...6).map { HelpSection.Row(keys: "k\($0)", text: "action \($0)") }
        var table = HelpTable(sections: [HelpSection(title: "Keys", rows: rows)])
        var buffer = ScreenBuffer(width: 30, height: 4)
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer.trimmedLines() == ["Keys", " k1  action 1", " k2  action 2", "↓ more below"])
        #expect(buffer.role(atX: 0, y: 3) == .helpHeading)
        table.firstLine = 3
        buffer = ScreenBuffer(width: 30, height: 4)
        table.render(into: &buffer, area: buffer.area)
        #expect(buffer.trimmedLines() == [" k3  action 3", " k4  action 4", " k5  action 5", " k6  action 6"])
    }
}
