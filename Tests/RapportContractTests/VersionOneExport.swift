import Foundation

/// A Rapport JSON export written by the release before exports carried
/// press work (format version 1, no coverage, positions or introductions),
/// made with that release's binary: `add`, `log --project`, a follow-up, and
/// an outlet change (whose move version 1 did not export), then
/// `export --format json`, with RAPPORT_NOW=2026-06-01.
enum VersionOneExport {
    static let text = #"""
{"format":"rapport-export","version":1,"exported":"2026-06-01","contacts":[
{"archived":false,"cadence":60,"cadenceOverride":null,"created":"2026-06-01","daysSinceLast":30,"doNotContact":false,"due":{"cadence":60,"daysSince":30,"isDue":false,"neverContacted":false,"overdueRatio":0.5},"exchanges":[{"author":null,"channel":"email","contactId":1,"date":"2026-05-02","direction":"out","followUp":null,"id":1,"intent":"gave","notes":"","project":"Lancement Aurore","rating":null,"summary":"Sent the spring figures"}],"handles":[{"kind":"email","label":"","value":"eloise@lemonde.example"}],"howMet":"","id":1,"lastExchange":"2026-05-02","name":"Éloïse Martin","notes":"","outlet":"Le Monde","owner":null,"reciprocity":{"asked":0,"asksMoreThanGives":false,"gave":1,"theyGave":0},"reviewFrom":"2026-06-01","role":"journalist","snoozedUntil":null,"stage":"new","tags":[],"tier":"B","title":"","updated":"2026-06-01","warmth":{"explanation":"1 exchange in 90 days, last 30 days ago, you gave 1 / asked 0 in 12 months","label":"cold","value":19}},
{"archived":false,"cadence":60,"cadenceOverride":null,"created":"2026-06-01","daysSinceLast":22,"doNotContact":false,"due":{"cadence":60,"daysSince":22,"isDue":false,"neverContacted":false,"overdueRatio":0.37},"exchanges":[{"author":null,"channel":"phone","contactId":2,"date":"2026-05-10","direction":"in","followUp":{"date":"2026-06-10","done":null,"text":"Send the deck"},"id":2,"intent":"chat","notes":"","project":null,"rating":null,"summary":"Asked about the radio slot"}],"handles":[{"kind":"email","label":"","value":"bruno@libe.example"}],"howMet":"","id":2,"lastExchange":"2026-05-10","name":"Bruno Petit","notes":"","outlet":"Les Échos","owner":null,"reciprocity":{"asked":0,"asksMoreThanGives":false,"gave":0,"theyGave":0},"reviewFrom":"2026-06-01","role":"journalist","snoozedUntil":null,"stage":"new","tags":["energie"],"tier":"B","title":"","updated":"2026-06-01","warmth":{"explanation":"1 exchange in 90 days, last 22 days ago, they reached out once","label":"warm","value":41}}
]}
"""#

    /// Writes the export into `folder`; returns its path.
    static func write(into folder: String) throws -> String {
        let path = folder + "/version-1.json"
        try (text + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
