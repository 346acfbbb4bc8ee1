import RapportCore
import RapportLocalization
import RapportSettings
import TerminalUI

/// One exchange read in full over the screen (Enter on the history): the
/// date, channel, direction, intent, rating, the whole summary wrapped, the
/// follow-up and its state, and the notes. Scrolls when longer than the box.
struct ExchangeOverlay: Widget {
    let reading: ExchangeOverlayState
    let today: Day
    let borders: BorderSet

    static let labelWidth = 12
    static var keys: String { L10n.text("e edit · D delete · j/k scroll · Esc close") }

    /// The box, the text area inside it (the last row holds the keys), and the lines.
    static func frame(_ reading: ExchangeOverlayState, screen: Rect, today: Day) -> (box: Rect, inner: Rect, lines: [StyledLine]) {
        let width = min(screen.width - 2, 78)
        let textWidth = max(10, width - 4)
        let lines = ExchangeOverlay.lines(reading.exchange, today: today, width: textWidth, colleague: reading.colleague)
        let box = screen.overlay(width: width, height: min(screen.height - 2, lines.count + 3), margin: 1)
        let inner = box.inset(by: 1).inset(dx: 1, dy: 0).inset(bottom: 1)
        return (box, inner, lines)
    }

    /// How far the text can scroll at this screen size.
    static func scrollLimit(_ reading: ExchangeOverlayState, screen: Rect, today: Day) -> Int {
        let (_, inner, lines) = frame(reading, screen: screen, today: today)
        return max(0, lines.count - inner.height)
    }

    static func field(_ label: String, _ value: String, role: StyleRole = .form) -> StyledLine {
        let padded = label + String(repeating: " ", count: max(1, labelWidth - DisplayWidth.of(label)))
        return StyledLine([(padded, .formLabel), (value, role)])
    }

    /// A long value wrapped under its label, continuation lines indented.
    static func wrappedField(_ label: String, _ value: String, width: Int, role: StyleRole = .form) -> [StyledLine] {
        TextWrapping.wrappedLines(value, width: max(8, width - labelWidth)).enumerated().map { index, line in
            index == 0 ? field(label, line, role: role) : StyledLine([(String(repeating: " ", count: labelWidth), .formLabel), (line, role)])
        }
    }

    static func lines(_ exchange: Exchange, today: Day, width: Int, colleague: String? = nil) -> [StyledLine] {
        var lines: [StyledLine] = []
        lines.append(field(L10n.text("Date"), exchange.day.shownLong))
        if let colleague { lines.append(field(L10n.text("Logged by"), colleague)) }
        lines.append(field(L10n.text("Channel"), exchange.channel.label))
        lines.append(field(L10n.text("Direction"), exchange.direction == .inbound ? L10n.text("← they reached out") : L10n.text("→ I reached out")))
        let intent: String
        switch exchange.intent {
        case .gave: intent = L10n.text("gave (tip, data, intro)")
        case .asked: intent = L10n.text("asked (pitch, request)")
        case .chat: intent = L10n.text("chat", context: "intent")
        }
        lines.append(field(L10n.text("Intent"), intent))
        lines.append(field(L10n.text("Rating"), exchange.rating.map { String(repeating: "★", count: $0) + String(repeating: "☆", count: 5 - $0) }
                           ?? L10n.text("none", context: "rating")))
        lines += wrappedField(L10n.text("Summary"), exchange.summary, width: width)
        if let project = exchange.project { lines += wrappedField(L10n.text("Project"), project, width: width) }
        if let followUp = exchange.followUp {
            let state: String
            let role: StyleRole
            if let done = followUp.done {
                state = L10n.text("done %@", done.shownLong)
                role = .form
            } else if followUp.due <= today {
                state = L10n.text("open, due")
                role = .statusWarning
            } else {
                state = L10n.text("open", context: "follow-up")
                role = .form
            }
            lines += wrappedField(L10n.text("Follow-up"), "\(followUp.due.shownLong) · \(state) · \(followUp.text)", width: width, role: role)
        } else {
            lines.append(field(L10n.text("Follow-up"), L10n.text("none", context: "follow-up")))
        }
        if exchange.notes.isEmpty {
            lines.append(field(L10n.text("Notes"), L10n.text("none", context: "notes")))
        } else {
            lines.append(StyledLine([(L10n.text("Notes"), .formLabel)]))
            for line in TextWrapping.wrappedLines(exchange.notes, width: max(8, width - 2)) {
                lines.append(StyledLine([("  " + line, .form)]))
            }
        }
        return lines
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let (box, inner, lines) = ExchangeOverlay.frame(reading, screen: area, today: today)
        let frame = Box(title: L10n.text("Exchange with %@", reading.contactName), borders: borders, fillRole: .form)
        frame.render(into: &buffer, area: box)
        guard inner.height > 0 else { return }
        let start = min(reading.scroll, max(0, lines.count - inner.height))
        for (offset, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
            var x = inner.x
            for piece in line.pieces where x < inner.maxX {
                x += buffer.write(piece.text, x: x, y: inner.y + offset, maxWidth: inner.maxX - x, role: piece.role)
            }
        }
        let more = start + inner.height < lines.count ? L10n.text("↓ more · ") : ""
        buffer.write(more + ExchangeOverlay.keys, x: inner.x, y: inner.maxY, maxWidth: inner.width, role: .formHint)
    }
}
