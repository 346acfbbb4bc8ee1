import Testing
@testable import TerminalUI

@Suite struct ColorTests {
    @Test func parsesEveryForm() {
        #expect(Color(parsing: "default") == .default)
        #expect(Color(parsing: "Red") == .named(.red))
        #expect(Color(parsing: "bright-blue") == .named(.brightBlue))
        #expect(Color(parsing: "light-blue") == .named(.brightBlue))
        #expect(Color(parsing: "grey") == .named(.brightBlack))
        #expect(Color(parsing: "208") == .indexed(208))
        #expect(Color(parsing: "#FF8800") == .rgb(red: 255, green: 136, blue: 0))
        #expect(Color(parsing: "256") == nil)
        #expect(Color(parsing: "#12345") == nil)
        #expect(Color(parsing: "accent") == nil)
    }

    @Test func descriptionReadsBack() {
        for color in [Color.default, .named(.brightCyan), .indexed(42), .rgb(red: 1, green: 2, blue: 255)] {
            #expect(Color(parsing: color.description) == color)
        }
    }

    @Test func reducesRGBTo256() {
        #expect(Color.rgb(red: 255, green: 135, blue: 0).reduced(to: .palette256) == .indexed(208))
        #expect(Color.rgb(red: 0, green: 0, blue: 0).reduced(to: .palette256) == .indexed(16))
        #expect(Color.rgb(red: 128, green: 128, blue: 128).reduced(to: .palette256) == .indexed(244))
        #expect(Color.indexed(208).reduced(to: .palette256) == .indexed(208))
    }

    @Test func reducesTo16And8() {
        #expect(Color.rgb(red: 250, green: 10, blue: 10).reduced(to: .ansi16) == .named(.brightRed))
        #expect(Color.rgb(red: 250, green: 10, blue: 10).reduced(to: .ansi8) == .named(.red))
        #expect(Color.indexed(21).reduced(to: .ansi16) == .named(.brightBlue))
        #expect(Color.indexed(19).reduced(to: .ansi16) == .named(.blue))
        #expect(Color.indexed(231).reduced(to: .ansi16) == .named(.brightWhite))
        #expect(Color.indexed(12).reduced(to: .ansi8) == .named(.blue))
        #expect(Color.named(.brightGreen).reduced(to: .ansi8) == .named(.green))
        #expect(Color.named(.brightGreen).reduced(to: .ansi16) == .named(.brightGreen))
    }

    @Test func lowDepthsKeepHueAndTreatGreysAsGreys() {
        let orange = Color.rgb(red: 0xFF, green: 0x87, blue: 0x5F)
        #expect(orange.reduced(to: .ansi8) == .named(.red))
        #expect(orange.reduced(to: .ansi16) == .named(.brightRed))
        let grey = Color.rgb(red: 0x76, green: 0x76, blue: 0x76)
        #expect(grey.reduced(to: .ansi8) == .named(.white))
        #expect(grey.reduced(to: .ansi16) == .named(.brightBlack))
        #expect(Color.rgb(red: 0x1C, green: 0x1C, blue: 0x1C).reduced(to: .ansi16) == .named(.black))
        #expect(Color.rgb(red: 0x5F, green: 0xAF, blue: 0xD7).reduced(to: .ansi16) == .named(.cyan))
        #expect(Color.rgb(red: 0x87, green: 0xD7, blue: 0x87).reduced(to: .ansi16) == .named(.green))
        #expect(Color.rgb(red: 0xD7, green: 0x5F, blue: 0xD7).reduced(to: .ansi8) == .named(.magenta))
    }

    @Test func monochromeDropsColoursKeepsModifiers() {
        let style = ResolvedStyle(fg: .named(.red), bg: .rgb(red: 0, green: 0, blue: 90), modifiers: [.bold])
        #expect(style.reduced(to: .monochrome) == ResolvedStyle(fg: .default, bg: .default, modifiers: [.bold]))
    }

    @Test func reductionNeverMakesTextInvisible() {
        let style = ResolvedStyle(fg: .rgb(red: 20, green: 20, blue: 20), bg: .rgb(red: 40, green: 40, blue: 40))
        let reduced = style.reduced(to: .ansi8)
        #expect(reduced.fg != reduced.bg)
        #expect(reduced.modifiers.contains(.reverse))
    }

    @Test func depthFromColourCount() {
        #expect(ColorDepth(colorCount: 0) == .monochrome)
        #expect(ColorDepth(colorCount: 8) == .ansi8)
        #expect(ColorDepth(colorCount: 16) == .ansi16)
        #expect(ColorDepth(colorCount: 88) == .ansi16)
        #expect(ColorDepth(colorCount: 256) == .palette256)
        #expect(ColorDepth(colorCount: 16_777_216) == .palette256)
    }

    @Test func terminalIndexes() {
        #expect(Color.default.terminalIndex == -1)
        #expect(Color.named(.brightWhite).terminalIndex == 15)
        #expect(Color.indexed(99).terminalIndex == 99)
    }
}

@Suite struct ThemeTests {
    let theme = Theme(name: "t", styles: [
        .base: Style(fg: .named(.white), bg: .named(.black)),
        .list: Style(fg: .named(.cyan), modifiers: [.italic]),
        .listSelected: Style(bg: .named(.blue)),
    ])

    @Test func rolesInheritUnsetAttributesFromParents() {
        #expect(theme.style(for: .listSelected) == ResolvedStyle(fg: .named(.cyan), bg: .named(.blue), modifiers: [.italic]))
        #expect(theme.style(for: .list) == ResolvedStyle(fg: .named(.cyan), bg: .named(.black), modifiers: [.italic]))
        #expect(theme.style(for: .footer) == ResolvedStyle(fg: .named(.white), bg: .named(.black), modifiers: []))
        #expect(theme.style(for: "list.selected.extra") == theme.style(for: .listSelected))
    }

    @Test func rolesHaveParents() {
        #expect(StyleRole.headerTabActive.parent == .headerTab)
        #expect(StyleRole.header.parent == .base)
        #expect(StyleRole.base.parent == nil)
    }

    @Test func everyRoleIsListedOnce() {
        #expect(Set(StyleRole.all).count == StyleRole.all.count)
        #expect(StyleRole.all.allSatisfy { $0.isKnown })
        #expect(!StyleRole("list.selectd").isKnown)
    }

    @Test func modifierNames() {
        #expect(Modifiers(name: "BOLD") == .bold)
        #expect(Modifiers(name: "underlined") == .underline)
        #expect(Modifiers(name: "blink") == nil)
        #expect(Modifiers([.bold, .reverse]).names == ["bold", "reverse"])
    }
}

@Suite struct ColorPairsTests {
    @Test func allocatesOnDemandAndReuses() {
        var pairs = ColorPairs(capacity: 4)
        #expect(pairs.pair(fg: -1, bg: -1).number == 0)
        let first = pairs.pair(fg: 1, bg: -1)
        #expect(first.number == 1)
        #expect(first.toDefine == ColorPairs.Pair(number: 1, fg: 1, bg: -1))
        let again = pairs.pair(fg: 1, bg: -1)
        #expect(again.number == 1 && again.toDefine == nil)
        #expect(pairs.pair(fg: -1, bg: 1).number == 2)
    }

    @Test func fallsBackToPairZeroWhenFull() {
        var pairs = ColorPairs(capacity: 3)
        #expect(pairs.pair(fg: 1, bg: 2).number == 1)
        #expect(pairs.pair(fg: 2, bg: 1).number == 2)
        let overflow = pairs.pair(fg: 3, bg: 4)
        #expect(overflow.number == 0 && overflow.toDefine == nil)
        pairs.reset()
        #expect(pairs.pair(fg: 3, bg: 4).number == 1)
    }

    @Test func monochromeTerminalHasNoPairs() {
        var pairs = ColorPairs(capacity: 0)
        #expect(pairs.pair(fg: 1, bg: 2).number == 0)
    }
}
