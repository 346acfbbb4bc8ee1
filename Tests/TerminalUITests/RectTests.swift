import Testing
@testable import TerminalUI

@Suite struct RectTests {
    @Test func sizesAreNeverNegative() {
        #expect(Rect(x: 0, y: 0, width: -3, height: -1) == Rect(x: 0, y: 0, width: 0, height: 0))
        let small = Rect(x: 2, y: 3, width: 4, height: 2)
        #expect(small.inset(by: 5).width == 0)
        #expect(small.inset(by: 5).height == 0)
        var mutable = small
        mutable.width -= 10
        #expect(mutable.width == 0)
    }

    @Test func insetMovesTheOrigin() {
        let rect = Rect(x: 1, y: 1, width: 10, height: 5)
        #expect(rect.inset(by: 1) == Rect(x: 2, y: 2, width: 8, height: 3))
        #expect(rect.inset(top: 1, left: 2) == Rect(x: 3, y: 2, width: 8, height: 4))
    }

    @Test func centered() {
        let rect = Rect(x: 0, y: 0, width: 20, height: 10)
        #expect(rect.centered(width: 10, height: 4) == Rect(x: 5, y: 3, width: 10, height: 4))
        #expect(rect.centered(width: 50, height: 50) == rect)
    }

    @Test func rowsByFixedFractionAndFill() {
        let rect = Rect(x: 0, y: 0, width: 80, height: 24)
        let parts = rect.rows([.fixed(1), .fill, .fixed(1)])
        #expect(parts.map(\.height) == [1, 22, 1])
        #expect(parts.map(\.y) == [0, 1, 23])
        let halves = rect.columns([.fraction(0.4), .fill])
        #expect(halves.map(\.width) == [32, 48])
        #expect(halves[1].x == 32)
    }

    @Test func fillSharesByWeightAndSpacing() {
        let rect = Rect(x: 0, y: 0, width: 31, height: 1)
        let parts = rect.columns([.fill(1), .fill(2)], spacing: 1)
        #expect(parts.map(\.width) == [10, 20])
        #expect(parts.map(\.x) == [0, 11])
    }

    @Test func tooSmallGivesZeroNotNegative() {
        let rect = Rect(x: 0, y: 0, width: 5, height: 2)
        let parts = rect.columns([.fixed(4), .fixed(4), .fill])
        #expect(parts.map(\.width) == [4, 1, 0])
        #expect(parts.allSatisfy { $0.maxX <= rect.maxX })
    }

    @Test func intersection() {
        let a = Rect(x: 0, y: 0, width: 5, height: 5)
        #expect(a.intersection(Rect(x: 3, y: 3, width: 5, height: 5)) == Rect(x: 3, y: 3, width: 2, height: 2))
        #expect(a.intersection(Rect(x: 9, y: 9, width: 1, height: 1)).isEmpty)
    }
}
