import Testing
@testable import TerminalUI

private func render(_ widget: some Widget, width: Int, height: Int) -> ScreenBuffer {
    var buffer = ScreenBuffer(width: width, height: height)
    widget.render(into: &buffer, area: buffer.area)
    return buffer
}

@Suite struct ListViewTests {
    let columns = [
        ListColumn("Name", width: .flexible(min: 4)),
        ListColumn("Warmth", width: .fixed(6), alignment: .right),
    ]

    func rows(_ count: Int) -> [ListRow] {
        (0..<count).map { ListRow([ListCell("Person \($0)"), ListCell("\($0 * 10)", role: .warmthWarm)]) }
    }

    @Test func rendersColumnsHeaderAndSelection() {
        var list = ListView(columns: columns, rows: rows(2), state: ListState(selected: 1), showHeader: true)
        list.spacing = 1
        let buffer = render(list, width: 16, height: 4)
        #expect(buffer.lines() == [
            "Name      Warmth",
            "Person 0       0",
            "Person 1      10",
            "                ",
        ])
        #expect(buffer.roles(row: 0).allSatisfy { $0 == .listHeader })
        #expect(buffer.role(atX: 0, y: 1) == .list)
        #expect(buffer.role(atX: 15, y: 1) == .warmthWarm)
        #expect(buffer.roles(row: 2).allSatisfy { $0 == .listSelected })
        #expect(buffer.roles(row: 3).allSatisfy { $0 == .list })
    }

    @Test func rowRoleAppliesUnlessTheCellHasItsOwn() {
        let row = ListRow([ListCell("Late"), ListCell("5", role: .warmthCold)], role: .listOverdue)
        let buffer = render(ListView(columns: columns, rows: [row]), width: 12, height: 1)
        #expect(buffer.role(atX: 0, y: 0) == .listOverdue)
        #expect(buffer.role(atX: 4, y: 0) == .listOverdue)
        #expect(buffer.role(atX: 11, y: 0) == .warmthCold)
    }

    @Test func longTextIsCutAtTheColumnEdge() {
        let row = ListRow([ListCell("Marguerite Duras"), ListCell("100")])
        let buffer = render(ListView(columns: columns, rows: [row]), width: 14, height: 1)
        #expect(buffer.lines() == ["Margue…    100"])
    }

    @Test func scrollsToKeepTheSelectionVisible() {
        let list = ListView(columns: columns, rows: rows(10), state: ListState(selected: 7))
        var buffer = ScreenBuffer(width: 16, height: 3)
        let used = list.renderReturningState(into: &buffer, area: buffer.area)
        #expect(used.offset == 5)
        #expect(buffer.lines().map { String($0.prefix(8)) } == ["Person 5", "Person 6", "Person 7"])
        #expect(buffer.roles(row: 2).allSatisfy { $0 == .listSelected })
    }

    @Test func listStateScrolling() {
        #expect(ListState(selected: 0, offset: 4).scrolled(visibleRows: 3, count: 10).offset == 0)
        #expect(ListState(selected: 5, offset: 4).scrolled(visibleRows: 3, count: 10).offset == 4)
        #expect(ListState(selected: 9, offset: 0).scrolled(visibleRows: 3, count: 10).offset == 7)
        #expect(ListState(selected: 2, offset: 8).scrolled(visibleRows: 5, count: 4).offset == 0)
        var state = ListState()
        state.move(by: 1, count: 3)
        #expect(state.selected == 0)
        state.move(by: 5, count: 3)
        #expect(state.selected == 2)
        state.move(by: -9, count: 3)
        #expect(state.selected == 0)
        state.move(by: 1, count: 0)
        #expect(state.selected == nil)
    }

    @Test func emptyListShowsItsMessage() {
        let list = ListView(columns: columns, rows: [], emptyMessage: "No contacts yet")
        let buffer = render(list, width: 20, height: 2)
        #expect(buffer.trimmedLines() == ["No contacts yet", ""])
        #expect(buffer.role(atX: 0, y: 0) == .placeholder)
    }

    @Test func columnLayout() {
        #expect(ColumnLayout.widths([.fixed(3), .flexible(min: 2, weight: 1), .flexible(weight: 3)], total: 14, spacing: 1)
            == [3, 3, 6])
        #expect(ColumnLayout.widths([.fixed(10), .fixed(10)], total: 12, spacing: 1) == [10, 1])
        #expect(ColumnLayout.widths([.flexible(min: 5)], total: 3, spacing: 1) == [3])
    }
}

@Suite struct TextBlockTests {
    @Test func wrapsWithinTheArea() {
        let buffer = render(TextBlock("Met at the press day in Lyon, talked about data"), width: 12, height: 5)
        #expect(buffer.trimmedLines() == ["Met at the", "press day in", "Lyon, talked", "about data", ""])
        #expect(buffer.cells.allSatisfy { $0.role == .detailValue })
    }

    @Test func marksMoreTextWithAnEllipsis() {
        let buffer = render(TextBlock("one two three four five six"), width: 9, height: 2)
        #expect(buffer.trimmedLines() == ["one two", "three…"])
    }

    @Test func truncateMode() {
        let block = TextBlock("a long first line\nshort", overflow: .truncate)
        let buffer = render(block, width: 8, height: 2)
        #expect(buffer.trimmedLines() == ["a long …", "short"])
    }

    @Test func scrolls() {
        let block = TextBlock("1\n2\n3\n4", firstLine: 2)
        #expect(render(block, width: 3, height: 2).trimmedLines() == ["3", "4"])
    }
}

@Suite struct SmallWidgetTests {
    @Test func labelledField() {
        let buffer = render(LabelledField("Outlet", value: "Le Monde", labelWidth: 8), width: 20, height: 1)
        #expect(buffer.trimmedLines() == ["Outlet  Le Monde"])
        #expect(buffer.role(atX: 0, y: 0) == .detailLabel)
        #expect(buffer.role(atX: 8, y: 0) == .detailValue)
        let empty = render(LabelledField("Title", value: "", labelWidth: 6), width: 10, height: 1)
        #expect(empty.trimmedLines() == ["Title —"])
        #expect(empty.role(atX: 6, y: 0) == .placeholder)
    }

    @Test func horizontalBar() {
        let bar = HorizontalBar(value: 55, role: .warmthWarm)
        let buffer = render(bar, width: 8, height: 1)
        #expect(buffer.lines() == ["████▍░░░"])
        #expect(buffer.roles(row: 0) == Array(repeating: StyleRole.warmthWarm, count: 5)
            + Array(repeating: StyleRole.barEmpty, count: 3))
        #expect(HorizontalBar(value: 0).segments(width: 4) == ("", "░░░░"))
        #expect(HorizontalBar(value: 1).segments(width: 4) == ("▏", "░░░"))
        #expect(HorizontalBar(value: 100).segments(width: 4) == ("████", ""))
        #expect(HorizontalBar(value: 250).segments(width: 2) == ("██", ""))
    }

    @Test func sparkline() {
        #expect(Sparkline([0, 1, 2, 4, 8]).text(width: 5) == " ▁▂▄█")
        #expect(Sparkline([3, 0, 3, 6, 6, 9, 9, 12]).text(width: 8) == "▂ ▂▄▄▆▆█")
        #expect(Sparkline([1, 2, 3]).text(width: 2) == "▆█")
        #expect(Sparkline([0, 0]).text(width: 4) == "  ")
        let buffer = render(Sparkline([1, 2]), width: 4, height: 1)
        #expect(buffer.lines() == ["▄█  "])
        #expect(buffer.role(atX: 0, y: 0) == .sparkline)
    }

    @Test func boxWithTitle() {
        let buffer = render(Box(title: "Log"), width: 10, height: 4)
        #expect(buffer.lines() == [
            "┌ Log ───┐",
            "│        │",
            "│        │",
            "└────────┘",
        ])
        #expect(buffer.role(atX: 0, y: 0) == .border)
        #expect(buffer.role(atX: 2, y: 0) == .borderTitle)
        #expect(Box().inner(Rect(x: 0, y: 0, width: 10, height: 4)) == Rect(x: 1, y: 1, width: 8, height: 2))
    }

    @Test func tinyBoxDoesNotCrash() {
        #expect(render(Box(title: "T"), width: 1, height: 1).lines() == [" "])
        #expect(render(Box(title: "Title"), width: 4, height: 2).lines() == ["┌──┐", "└──┘"])
    }

    @Test func picker() {
        let picker = Picker(title: "Tier", choices: ["A key", "B regular", "C occasional"], selected: 1)
        let buffer = render(picker, width: 24, height: 7)
        #expect(buffer.trimmedLines() == [
            "",
            "    ┌ Tier ────────┐",
            "    │ A key        │",
            "    │ B regular    │",
            "    │ C occasional │",
            "    └──────────────┘",
            "",
        ])
        #expect(buffer.role(atX: 4, y: 2) == .border)
        #expect(buffer.role(atX: 5, y: 2) == .picker)
        #expect((5...18).allSatisfy { buffer.role(atX: $0, y: 3) == .pickerSelected })
        #expect(buffer.role(atX: 19, y: 3) == .border)
    }

    @Test func pickerScrollsInASmallArea() {
        let picker = Picker(title: "N", choices: (1...9).map(String.init), selected: 8)
        let buffer = render(picker, width: 20, height: 5)
        #expect(buffer.trimmedLines().contains { $0.contains("│ 9") })
        #expect(!buffer.trimmedLines().contains { $0.contains("│ 1 ") })
    }

    @Test func helpTable() {
        let sections = [
            HelpSection(title: "Moving", rows: [.init(keys: "j/↓", text: "Next contact"), .init(keys: "PgDn", text: "Next page")]),
            HelpSection(title: "Acting", rows: [.init(keys: "L", text: "Log an exchange")]),
        ]
        let buffer = render(HelpTable(sections: sections), width: 30, height: 7)
        #expect(buffer.trimmedLines() == [
            "Moving",
            " j/↓   Next contact",
            " PgDn  Next page",
            "",
            "Acting",
            " L     Log an exchange",
            "",
        ])
        #expect(buffer.role(atX: 0, y: 0) == .helpHeading)
        #expect(buffer.role(atX: 1, y: 1) == .helpKey)
        #expect(buffer.role(atX: 7, y: 1) == .help)
        #expect(HelpTable(sections: sections).lineCount == 6)
    }

    @Test func centeredMessage() {
        let buffer = render(CenteredMessage("Too small\nneed 60×20"), width: 15, height: 4)
        #expect(buffer.lines() == [
            "               ",
            "   Too small   ",
            "  need 60×20   ",
            "               ",
        ])
        let tiny = render(CenteredMessage("Terminal too small"), width: 6, height: 1)
        #expect(tiny.lines() == ["Termi…"])
    }

    @Test func keyHintsDropWholeHintsThatDoNotFit() {
        let hints = [KeyHint(keys: "j/k", label: "move"), KeyHint(keys: "L", label: "log"), KeyHint(keys: "?", label: "help")]
        let buffer = render(KeyHintsBar(hints), width: 18, height: 1)
        #expect(buffer.lines() == [" j/k move  L log  "])
        #expect(buffer.role(atX: 1, y: 0) == .footerKey)
        #expect(buffer.role(atX: 5, y: 0) == .footer)
        #expect(buffer.role(atX: 11, y: 0) == .footerKey)
    }
}
