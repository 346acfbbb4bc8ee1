import RapportCore

/// Varied contacts for writer and round-trip tests: accents, emoji, CJK,
/// commas, semicolons, line breaks, several emails, every handle kind,
/// labels of every shape, tags with spaces.
enum SampleContacts {
    static func handle(_ kind: HandleKind, _ value: String, _ label: String = "") -> Handle {
        (try? Handle.parse(kind: kind, value, label: label)) ?? Handle(kind: .other, value: "invalid sample \(value)")
    }

    static let created = Day(year: 2024, month: 3, day: 14) ?? Day(ordinal: 0)

    static let all: [Contact] = [
        Contact(
            id: 1, name: "Camille Lefèvre", role: .journalist, outlet: "Le Monde; Économie, Paris",
            title: "Rédactrice en chef, numérique", tier: .a, cadenceOverride: 21, stage: .trusted,
            howMet: "VivaTech 2024, stand B; café", notes: "Ligne 1\nLigne 2, avec virgule; et point-virgule\n\\ antislash\n\n— fin",
            created: created, lastExchange: created.adding(days: 30),
            handles: [
                handle(.email, "camille.lefevre@lemonde.example", "work"),
                handle(.email, "camille@perso.example"),
                handle(.email, "c.lefevre@bureau.example", "Bureau Paris"),
                handle(.phone, "+33 6 12 34 56 78", "cell"),
                handle(.phone, "01 42 00 00 00", "work fax"),
                handle(.twitter, "@camillelfv"),
                handle(.mastodon, "@camille@mastodon.social", "perso"),
                handle(.bluesky, "camille.bsky.social"),
                handle(.linkedin, "https://www.linkedin.com/in/camille-lefevre"),
                handle(.website, "https://camille.example/blog", "home"),
                handle(.other, "skype:camille.lefevre", "skype"),
            ],
            tags: ["Économie", "Tech & numérique", "data journalism"]),
        Contact(
            id: 2, name: "山田 花子", role: .expert, outlet: "日本経済新聞", title: "記者",
            notes: "東京での会議 🎉👩🏽‍💻 — 長いメモ: " + Array(repeating: "日本語のテキストと絵文字🍣", count: 6).joined(separator: ", "),
            created: created,
            handles: [handle(.email, "hanako@nikkei.example"), handle(.other, "WeChat: hanako_y", "Bureau, Paris")],
            tags: ["日本", "énergie"]),
        Contact(
            id: 3, name: "Zoë O'Brien-Ñúñez 🦄", role: .blogger, tier: .c, stage: .ally, howMet: "",
            doNotContact: true, created: created, tags: ["climate policy"]),
        Contact(
            id: 4, name: "Jean de La Fontaine", role: .influencer, outlet: "Fables & Co",
            title: "Fabuliste en résidence, chargé des animaux parlants et des morales en fin de récit",
            tier: .b, cadenceOverride: 365, stage: .engaged, howMet: "Salon du livre",
            notes: "\"Rien ne sert de courir\"; il faut partir à point.\nTab\there.", created: created,
            handles: [handle(.website, "lafontaine.example"), handle(.twitter, "https://x.com/JdLF", "old")],
            tags: ["littérature", "animaux"]),
        Contact(id: 5, name: "Madonna", role: .partner, created: created),
    ]
}
