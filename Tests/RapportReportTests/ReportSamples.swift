import RapportCore
import Testing

/// Report data made by hand for the renderer's tests (today 2026-06-01).
enum ReportSamples {
    static func day(_ iso: String) throws -> Day { try #require(Day(iso: iso), "\(iso) is not a date") }

    static func today() throws -> Day { try day("2026-06-01") }

    /// Two people over 2026-05-03…2026-06-01: Camille (email out gave, email
    /// in chat rated 5, phone out asked with an overdue follow-up, and two
    /// pieces of coverage, one http, one javascript:), and a person whose
    /// name and texts try to break out of every format.
    static func twoPeople(withHandles: Bool = false) throws -> ReportData {
        let camille = ReportPerson(
            id: 1, name: "Camille Lefèvre", outlet: "Le Quotidien du Soir", title: "Rédactrice en chef", role: .journalist,
            handles: withHandles ? [Handle(kind: .email, value: "camille@quotidien.example"),
                                    Handle(kind: .phone, value: "+33 6 12 34 56 78")] : [],
            exchanges: [
                ReportExchange(id: 10, day: try day("2026-05-04"), channel: .email, direction: .outbound, intent: .gave,
                               rating: nil, summary: "Sent the energy study", project: "Lancement Atlas", followUp: nil),
                ReportExchange(id: 11, day: try day("2026-05-06"), channel: .email, direction: .inbound, intent: .chat,
                               rating: 5, summary: "She asked for the charts", project: nil,
                               followUp: FollowUp(due: try day("2026-05-10"), text: "Charts sent", done: try day("2026-05-09"))),
                ReportExchange(id: 12, day: try day("2026-05-20"), channel: .phone, direction: .outbound, intent: .asked,
                               rating: 3, summary: "Asked for an interview slot", project: "Lancement Atlas",
                               followUp: FollowUp(due: try day("2026-05-27"), text: "Call back about the slot")),
            ],
            coverage: [
                ReportCoverage(id: 1, day: try day("2026-05-22"), title: "Atlas changes the game",
                               url: "https://quotidien.example/atlas?a=1&b=2", outlet: "Le Quotidien du Soir", exchangeId: 12,
                               project: "Lancement Atlas"),
                ReportCoverage(id: 2, day: try day("2026-05-29"), title: "A podcast", url: "javascript:alert(1)",
                               outlet: "", exchangeId: nil, project: nil),
            ])
        let hostile = ReportPerson(
            id: 2, name: "<script>alert('x')</script> | *Zoé* & \"Co\"", outlet: "=HYPERLINK(\"evil.example\")",
            title: "", role: .blogger, handles: withHandles ? [Handle(kind: .email, value: "zoe@evil.example")] : [],
            exchanges: [
                ReportExchange(id: 20, day: try day("2026-05-31"), channel: .meeting, direction: .inbound, intent: .chat,
                               rating: nil, summary: "Line one\nline two | [link](ftp://evil.example) \u{1B}[31mred",
                               project: nil, followUp: FollowUp(due: try day("2026-06-10"), text: "Send <b>the</b> kit, now")),
            ],
            coverage: [])
        return ReportData(since: try day("2026-05-03"), until: try today(), project: nil, people: [camille, hostile])
    }

    static func empty() throws -> ReportData {
        ReportData(since: try day("2026-05-03"), until: try today(), project: "Étude mobilité 2026", people: [])
    }
}
