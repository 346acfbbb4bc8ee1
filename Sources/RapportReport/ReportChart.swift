import Foundation
import RapportLocalization

/// The HTML report's chart as inline SVG (no namespace URL, no script):
/// exchanges per week as bars and coverage per week as a second bar beside
/// them, with a light grid, a few axis labels and a legend.
struct ReportChart {
    let figures: ReportFigures

    static let width = 720
    static let height = 240
    static let left = 40
    static let right = 12
    static let top = 28
    static let bottom = 36
    static let exchangeColour = "#2f6690"
    static let coverageColour = "#d1701f"

    func svg() -> String {
        let buckets = figures.buckets
        let plotWidth = Self.width - Self.left - Self.right
        let plotHeight = Self.height - Self.top - Self.bottom
        let highest = max(1, buckets.map { max($0.exchanges, $0.coverage) }.max() ?? 1)
        let slot = Double(plotWidth) / Double(max(1, buckets.count))
        let bar = max(1.0, slot * 0.36)
        let weeks = figures.bucketDays / 7
        func y(_ value: Int) -> Double { Double(Self.top + plotHeight) - Double(value) / Double(highest) * Double(plotHeight) }
        func number(_ value: Double) -> String { String(format: "%.1f", value) }

        var out: [String] = []
        out.append("<svg class=\"chart\" viewBox=\"0 0 \(Self.width) \(Self.height)\" role=\"img\" aria-labelledby=\"chart-title\">") // l10n-exempt: HTML markup
        out.append("<title id=\"chart-title\">\((weeks == 1 ? L10n.text("Exchanges and coverage per week") : L10n.text("Exchanges and coverage per %'d weeks", weeks)))</title>") // l10n-exempt: HTML markup
        let ticks = Array(Set([0, (highest + 1) / 2, highest])).sorted()
        for tick in ticks {
            let at = number(y(tick))
            out.append("<line x1=\"\(Self.left)\" y1=\"\(at)\" x2=\"\(Self.width - Self.right)\" y2=\"\(at)\" class=\"grid\"/>")
            out.append("<text x=\"\(Self.left - 6)\" y=\"\(at)\" class=\"axis\" text-anchor=\"end\" dominant-baseline=\"middle\">\(tick)</text>")
        }
        let labelEvery = max(1, Int((Double(buckets.count) / 8).rounded(.up)))
        for (index, bucket) in buckets.enumerated() {
            let x = Double(Self.left) + slot * Double(index) + slot / 2
            let label = L10n.text("Week of %1$@: %2$@, %3$@", ReportText.short(bucket.start),
                                  L10n.plural("%'d exchange", "%'d exchanges", bucket.exchanges),
                                  L10n.plural("%'d piece of coverage", "%'d pieces of coverage", bucket.coverage))
            out.append("<g><title>\(label)</title>")
            if bucket.exchanges > 0 {
                out.append("<rect class=\"exchanges\" x=\"\(number(x - bar))\" y=\"\(number(y(bucket.exchanges)))\" " // l10n-exempt: HTML markup
                           + "width=\"\(number(bar))\" height=\"\(number(y(0) - y(bucket.exchanges)))\"/>")
            }
            if bucket.coverage > 0 {
                out.append("<rect class=\"coverage\" x=\"\(number(x))\" y=\"\(number(y(bucket.coverage)))\" " // l10n-exempt: HTML markup
                           + "width=\"\(number(bar))\" height=\"\(number(y(0) - y(bucket.coverage)))\"/>")
            }
            out.append("</g>")
            if index % labelEvery == 0 {
                out.append("<text x=\"\(number(x))\" y=\"\(Self.height - Self.bottom + 16)\" class=\"axis\" text-anchor=\"middle\">"
                           + "\(ReportText.short(bucket.start))</text>")
            }
        }
        out.append("<line x1=\"\(Self.left)\" y1=\"\(number(y(0)))\" x2=\"\(Self.width - Self.right)\" y2=\"\(number(y(0)))\" class=\"base\"/>")
        out.append("<rect class=\"exchanges\" x=\"\(Self.left)\" y=\"6\" width=\"12\" height=\"12\"/>") // l10n-exempt: HTML markup
        out.append("<text x=\"\(Self.left + 18)\" y=\"16\" class=\"legend\">\((weeks == 1 ? L10n.text("Exchanges per week") : L10n.text("Exchanges per %'d weeks", weeks)))</text>")
        out.append("<rect class=\"coverage\" x=\"\(Self.left + 200)\" y=\"6\" width=\"12\" height=\"12\"/>") // l10n-exempt: HTML markup
        out.append("<text x=\"\(Self.left + 218)\" y=\"16\" class=\"legend\">\((weeks == 1 ? L10n.text("Coverage per week") : L10n.text("Coverage per %'d weeks", weeks)))</text>")
        out.append("</svg>")
        return out.joined(separator: "\n")
    }
}
