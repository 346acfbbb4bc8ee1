import LeakCheck
import RapportLocalization
import Testing
@testable import RapportCore

/// The domain's words in French (issue 12): review reasons, warmth
/// explanations and reciprocity with counts 0, 1 and 2 (French singular for
/// 0 and 1), display labels of the stored vocabulary, career text, the
/// warnings before logging and the validation errors; each French text free
/// of English words, and the same texts unchanged in English.
@Suite("French: the domain's words")
struct FrenchDomainTextTests {
    let today = Day(year: 2026, month: 11, day: 26) ?? Day(ordinal: 0)

    func french<T>(_ body: () throws -> T) rethrows -> T { try L10n.$override.withValue(.french) { try body() } }
    func english<T>(_ body: () throws -> T) rethrows -> T { try L10n.$override.withValue(.english) { try body() } }

    /// The message of the error `body` throws, or nil.
    func failure(_ body: () throws -> Void) -> String? {
        do { try body(); return nil } catch { return (error as? InputError)?.message ?? "\(error)" }
    }

    func expectFrench(_ text: String, allowing data: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(EnglishWords.found(in: text, allowing: data).isEmpty, "English in: \(text)", sourceLocation: sourceLocation)
    }

    // MARK: Review reasons

    @Test func reviewReasonsInFrenchWithZeroOneAndTwo() {
        let texts: [ReviewReason: String] = [
            .neverContacted(daysSinceAdded: 0, cadence: 30): "jamais contacté·e (ajouté·e il y a 0 jour)",
            .neverContacted(daysSinceAdded: 1, cadence: 30): "jamais contacté·e (ajouté·e il y a 1 jour)",
            .neverContacted(daysSinceAdded: 2, cadence: 1): "jamais contacté·e (ajouté·e il y a 2 jours)",
            .overdue(daysSince: 30, cadence: 30): "à relancer depuis 0 jour (cadence de 30 j)",
            .overdue(daysSince: 31, cadence: 30): "à relancer depuis 1 jour (cadence de 30 j)",
            .overdue(daysSince: 32, cadence: 30): "à relancer depuis 2 jours (cadence de 30 j)",
            .overdue(daysSince: 1234, cadence: 30): "à relancer depuis 1\u{202F}204 jours (cadence de 30 j)",
            .followUpDue(exchangeId: 1, due: today, text: "envoyer le dossier"): "relance prévue le 26/11/2026 : envoyer le dossier",
            .recentMove(outlet: "Le Monde", daysAgo: 0): "parti·e chez Le Monde aujourd’hui, pas contacté·e depuis",
            .recentMove(outlet: "Le Monde", daysAgo: 1): "parti·e chez Le Monde hier, pas contacté·e depuis",
            .recentMove(outlet: "Le Monde", daysAgo: 2): "parti·e chez Le Monde il y a 2 jours, pas contacté·e depuis",
            .recentMove(outlet: "", daysAgo: 0): "a changé de poste aujourd’hui, pas contacté·e depuis",
            .recentMove(outlet: "", daysAgo: 1): "a changé de poste hier, pas contacté·e depuis",
            .recentMove(outlet: "", daysAgo: 2): "a changé de poste il y a 2 jours, pas contacté·e depuis",
        ]
        french {
            for (reason, text) in texts {
                #expect(reason.sentence == text)
                expectFrench(reason.sentence, allowing: ["envoyer le dossier", "Le Monde"])
            }
        }
    }

    @Test func reviewReasonsUnchangedInEnglish() {
        english {
            #expect(ReviewReason.neverContacted(daysSinceAdded: 153, cadence: 30).sentence == "never contacted (added 153 days ago)")
            #expect(ReviewReason.neverContacted(daysSinceAdded: 1, cadence: 1).sentence == "never contacted (added 1 day ago)")
            #expect(ReviewReason.overdue(daysSince: 47, cadence: 30).sentence == "17 days overdue on a cadence of 30")
            #expect(ReviewReason.overdue(daysSince: 31, cadence: 30).sentence == "1 day overdue on a cadence of 30")
            #expect(ReviewReason.overdue(daysSince: 1234, cadence: 30).sentence == "1204 days overdue on a cadence of 30")
            #expect(ReviewReason.followUpDue(exchangeId: 1, due: today, text: "send the data").sentence
                    == "follow-up due 2026-11-26: send the data")
            #expect(ReviewReason.recentMove(outlet: "Le Monde", daysAgo: 0).sentence == "moved to Le Monde today, not contacted since")
            #expect(ReviewReason.recentMove(outlet: "Le Monde", daysAgo: 1).sentence == "moved to Le Monde yesterday, not contacted since")
            #expect(ReviewReason.recentMove(outlet: "Le Monde", daysAgo: 5).sentence == "moved to Le Monde 5 days ago, not contacted since")
            #expect(ReviewReason.recentMove(outlet: "", daysAgo: 5).sentence == "changed jobs 5 days ago, not contacted since")
        }
    }

    // MARK: Warmth

    /// `count` exchanges in the last 90 days, the last one `ago` days ago,
    /// `inbound` of them from the contact, and older ones to fill the year.
    func summary(recent count: Int, ago: Int, inbound: Int = 0, gave: Int = 0, asked: Int = 0, coverage: Int = 0) -> RelationshipSummary {
        var exchanges: [ExchangeFacts] = (0..<count).map { index in
            ExchangeFacts(day: today.adding(days: -ago - index), channel: .email,
                          direction: index < inbound ? .inbound : .outbound,
                          intent: index < gave ? .gave : index < gave + asked ? .asked : .chat)
        }
        if count == 0 { exchanges.append(ExchangeFacts(day: today.adding(days: -ago), channel: .phone, direction: .outbound)) }
        let pieces = (0..<coverage).map { today.adding(days: -10 - $0) }
        return RelationshipSummary(exchanges: exchanges, coverage: pieces, reviewFrom: today.adding(days: -400), cadence: 30, today: today)
    }

    @Test func warmthExplanationsInFrenchWithZeroOneAndTwo() {
        french {
            let cases: [(RelationshipSummary, String)] = [
                (summary(recent: 0, ago: 200), "aucun échange en 90 jours, dernier il y a 200 jours"),
                (summary(recent: 1, ago: 0), "1 échange en 90 jours, dernier aujourd’hui"),
                (summary(recent: 1, ago: 1), "1 échange en 90 jours, dernier il y a 1 jour"),
                (summary(recent: 2, ago: 2, inbound: 1), "2 échanges en 90 jours, dernier il y a 2 jours, a pris contact une fois"),
                (summary(recent: 3, ago: 3, inbound: 2), "3 échanges en 90 jours, dernier il y a 3 jours, a pris contact deux fois"),
                (summary(recent: 3, ago: 3, inbound: 3), "3 échanges en 90 jours, dernier il y a 3 jours, a pris contact 3 fois"),
                (summary(recent: 2, ago: 4, gave: 1, asked: 1),
                 "2 échanges en 90 jours, dernier il y a 4 jours, vous avez donné 1 / demandé 1 sur 12 mois"),
                (summary(recent: 2, ago: 4, gave: 1, coverage: 1),
                 "2 échanges en 90 jours, dernier il y a 4 jours, vous avez donné 1 / demandé 0, 1 retombée reçue sur 12 mois"),
                (summary(recent: 2, ago: 4, coverage: 2), "2 échanges en 90 jours, dernier il y a 4 jours, 2 retombées reçues sur 12 mois"),
            ]
            for (summary, text) in cases {
                #expect(summary.explanation == text)
                expectFrench(summary.explanation)
            }
            let none = RelationshipSummary(exchanges: [], reviewFrom: today, cadence: 30, today: today)
            #expect(none.explanation == "aucun échange pour l’instant")
        }
    }

    @Test func warmthExplanationsUnchangedInEnglish() {
        english {
            #expect(summary(recent: 0, ago: 200).explanation == "no exchange in 90 days, last 200 days ago")
            #expect(summary(recent: 1, ago: 1).explanation == "1 exchange in 90 days, last 1 day ago")
            #expect(summary(recent: 2, ago: 2, inbound: 2).explanation == "2 exchanges in 90 days, last 2 days ago, they reached out twice")
            #expect(summary(recent: 3, ago: 3, inbound: 3, gave: 1, coverage: 1).explanation
                    == "3 exchanges in 90 days, last 3 days ago, they reached out 3 times, you gave 1 / asked 0, they gave 1 (coverage) in 12 months")
            #expect(summary(recent: 1, ago: 0, coverage: 2).explanation == "1 exchange in 90 days, last today, they gave 2 (coverage) in 12 months")
            #expect(RelationshipSummary(exchanges: [], reviewFrom: today, cadence: 30, today: today).explanation == "no exchanges yet")
        }
    }

    @Test func reciprocityInBothLanguages() {
        french {
            #expect(Reciprocity(gave: 2, asked: 1).summary == "donné 2 / demandé 1 sur 12 mois")
            #expect(Reciprocity(gave: 0, asked: 1, theyGave: 1).summary
                    == "donné 0 / demandé 1, 1 retombée reçue sur 12 mois (plus de demandes que de dons)")
            #expect(Reciprocity(gave: 0, asked: 0, theyGave: 2).summary == "donné 0 / demandé 0, 2 retombées reçues sur 12 mois")
            expectFrench(Reciprocity(gave: 0, asked: 1, theyGave: 1).summary)
        }
        english {
            #expect(Reciprocity(gave: 2, asked: 1).summary == "gave 2 / asked 1 in 12 months")
            #expect(Reciprocity(gave: 0, asked: 1, theyGave: 1).summary
                    == "gave 0 / asked 1, they gave 1 (coverage) in 12 months (asking more than giving)")
        }
    }

    /// JSON output never changes with the language: it reads the English texts.
    @Test func englishTextsForJSONWhileFrench() {
        french {
            #expect(ReviewReason.overdue(daysSince: 47, cadence: 30).englishSentence == "17 days overdue on a cadence of 30")
            let made = summary(recent: 1, ago: 1)
            #expect(made.explanation == "1 échange en 90 jours, dernier il y a 1 jour")
            #expect(made.englishExplanation == "1 exchange in 90 days, last 1 day ago")
        }
    }

    // MARK: Labels

    @Test func displayLabelsInFrenchStoredValuesUnchanged() {
        french {
            #expect(Warmth.Label.allCases.map(\.text) == ["froide", "tiède", "chaude", "solide"])
            #expect(Channel.allCases.map(\.label)
                    == ["Twitter", "Twitter (MP)", "Mastodon", "Bluesky", "E-mail", "Téléphone", "Rendez-vous", "Événement", "Autre"])
            #expect(Role.allCases.map(\.label)
                    == ["Journaliste", "Blogueur·euse", "Expert·e", "Influenceur·euse", "Partenaire", "Prestataire", "Autre"])
            #expect(Stage.allCases.map(\.label) == ["Nouvelle", "Amorcée", "Suivie", "De confiance", "Alliance"])
            #expect(Tier.allCases.map(\.label) == ["A (clé)", "B (régulier)", "C (occasionnel)"])
            #expect(Intent.allCases.map(\.label) == ["Donné", "Demandé", "Discussion"])
            #expect(Direction.allCases.map(\.label) == ["Sortant", "Entrant"])
            #expect(HandleKind.allCases.map(\.label)
                    == ["E-mail", "Téléphone", "Twitter", "Mastodon", "Bluesky", "LinkedIn", "Site web", "Autre"])
            #expect(Channel.allNames.contains("phone") && Stage.new.rawValue == "new", "stored values stay English")
            let all = Channel.allCases.map(\.label) + Role.allCases.map(\.label) + Stage.allCases.map(\.label)
                + Tier.allCases.map(\.label) + Intent.allCases.map(\.label) + HandleKind.allCases.map(\.label)
                + Warmth.Label.allCases.map(\.text)
            expectFrench(all.joined(separator: " "))
        }
        english {
            #expect(Warmth.Label.allCases.map(\.text) == ["cold", "cooling", "warm", "strong"])
            #expect(Channel.allCases.map(\.label)
                    == ["Twitter", "Twitter DM", "Mastodon", "Bluesky", "Email", "Phone", "Meeting", "Event", "Other"])
            #expect(Role.allCases.map(\.label) == ["Journalist", "Blogger", "Expert", "Influencer", "Partner", "Provider", "Other"])
            #expect(Stage.allCases.map(\.label) == ["New", "Acquainted", "Engaged", "Trusted", "Ally"])
            #expect(Tier.allCases.map(\.label) == ["A (key)", "B (regular)", "C (occasional)"])
            #expect(Direction.allCases.map(\.label) == ["Outbound", "Inbound"])
            #expect(HandleKind.allCases.map(\.label) == ["Email", "Phone", "Twitter", "Mastodon", "Bluesky", "LinkedIn", "Website", "Other"])
        }
    }

    @Test func unknownValuesAreRefusedInFrenchWithTheirNamesUnchanged() {
        french {
            #expect(failure { _ = try Channel.parse("fax") }
                    == "valeur inconnue pour le canal : « fax » ; valeurs possibles : twitter, twitter-dm, mastodon, bluesky, email, phone, meeting, event, other")
            #expect(failure { _ = try Intent.parse("x") } == "valeur inconnue pour l’intention : « x » ; valeurs possibles : gave, asked, chat")
        }
        english {
            #expect(failure { _ = try Tier.parse("Z") } == "unknown tier 'Z'; expected one of: A, B, C")
        }
    }

    // MARK: Career and warnings

    @Test func careerTextInBothLanguages() throws {
        let since = try #require(Day(year: 2026, month: 3, day: 1))
        let before = try #require(Day(year: 2026, month: 2, day: 28))
        let career = Career(since: since, positions: [Position(outlet: "Libération", title: "", from: Day(year: 2021, month: 1, day: 1), to: before)])
        french {
            #expect(CareerText.line(outlet: "Le Monde", title: "", career: career) == "chez Le Monde depuis 03/2026 · avant : Libération 2021–2026")
            #expect(CareerText.current(outlet: "", title: "", since: since) == "depuis 03/2026")
        }
        english {
            #expect(CareerText.line(outlet: "Le Monde", title: "", career: career) == "at Le Monde since 03/2026 · before: Libération 2021–2026")
        }
    }

    @Test func warningsBeforeLoggingInFrench() {
        func warnings(ago: Int, colleague: String? = nil, summary: String = "") -> [String] {
            let ask = ExchangeFacts(day: today.adding(days: -ago), channel: .email, direction: .outbound, intent: .asked)
            return PesteringGuard.warnings(contactName: "Éloïse Martin", doNotContact: true,
                                           entries: [GuardEntry(facts: ask, colleague: colleague, summary: summary)],
                                           draft: ExchangeFacts(day: today, channel: .email, direction: .outbound, intent: .asked))
        }
        french {
            #expect(warnings(ago: 0) == ["Éloïse Martin est marqué·e « ne pas contacter ».",
                                         "Vous avez déjà sollicité Éloïse Martin plus tôt aujourd’hui (26/11/2026) et n’avez rien donné depuis."])
            #expect(warnings(ago: 1)[1] == "Vous avez déjà sollicité Éloïse Martin hier (25/11/2026) et n’avez rien donné depuis.")
            #expect(warnings(ago: 2)[1] == "Vous avez déjà sollicité Éloïse Martin il y a 2 jours (24/11/2026) et n’avez rien donné depuis.")
            #expect(warnings(ago: 2, colleague: "Inès Dupont", summary: "Demande d’interview")[1]
                    == "Inès Dupont a déjà sollicité Éloïse Martin il y a 2 jours (24/11/2026) : « Demande d’interview », et rien n’a été donné depuis.")
            #expect(warnings(ago: 1, colleague: "Inès Dupont")[1]
                    == "Inès Dupont a déjà sollicité Éloïse Martin hier (25/11/2026), et rien n’a été donné depuis.")
            for ago in 0...2 {
                expectFrench(warnings(ago: ago, colleague: "Inès Dupont", summary: "Demande").joined(separator: " "),
                             allowing: ["Éloïse Martin", "Inès Dupont"])
            }
        }
        english {
            #expect(warnings(ago: 2) == ["Éloïse Martin is marked do-not-contact.",
                                         "You already asked Éloïse Martin something 2 days ago (2026-11-24) and have given nothing since."])
            #expect(warnings(ago: 0, colleague: "Alice", summary: "a slot")[1]
                    == "Alice already asked Éloïse Martin something earlier today (2026-11-26): \u{201C}a slot\u{201D}, and nothing was given since.")
        }
    }

    // MARK: Validation errors

    @Test func validationErrorsInFrench() throws {
        french {
            let cases: [(String?, String)] = [
                (failure { _ = try ContactDraft(name: "  ").validated() }, "le nom est vide"),
                (failure { _ = try ContactDraft(name: "A\nB").validated() }, "le nom contient un saut de ligne"),
                (failure { _ = try ContactDraft(name: "Éloïse", cadenceOverride: 0).validated() }, "cadence 0 hors limites (1 à 3650 jours)"),
                (failure { _ = try ContactDraft(name: "Éloïse", tags: ["a,b"]).validated() },
                 "l’étiquette « a,b » contient une virgule ou un saut de ligne"),
                (failure { _ = try ExchangeDraft(day: today, summary: " ").validated(today: today) }, "le résumé est vide"),
                (failure { _ = try ExchangeDraft(day: today, summary: "a\nb").validated(today: today) },
                 "le résumé doit tenir sur une ligne (mettez les détails dans les notes)"),
                (failure { _ = try ExchangeDraft(day: today, summary: "Café", rating: 7).validated(today: today) }, "note 7 hors limites (1 à 5)"),
                (failure { _ = try ExchangeDraft(day: today.adding(days: 1), summary: "Café").validated(today: today) },
                 "la date 27/11/2026 est dans le futur (nous sommes le 26/11/2026) ; --allow-future la consigne quand même"),
                (failure { _ = try ExchangeDraft(day: today, summary: "Café", followUp: FollowUp(due: today, text: " ")).validated(today: today) },
                 "la relance doit dire ce qui a été promis"),
                (failure { _ = try CoverageDraft(day: today, title: " ").validated(today: today) }, "le titre de la retombée est vide"),
                (failure { _ = try CoverageDraft(day: today.adding(days: 2), title: "Atlas").validated(today: today) },
                 "la date 28/11/2026 est dans le futur (nous sommes le 26/11/2026) ; une retombée s’enregistre une fois parue"),
                (failure { _ = try Handle.parse(kind: .email, " ") }, "coordonnée vide (e-mail)"),
                (failure { _ = try Handle.parse(kind: .email, "eloise.example") }, "« eloise.example » n’est pas une adresse e-mail"),
                (failure { _ = try Handle.parse(kind: .phone, "abc") }, "« abc » n’est pas un numéro de téléphone"),
                (failure { _ = try Handle.parse(kind: .mastodon, "x y") }, "« x y » n’est pas une adresse Mastodon (attendu : @nom@serveur)"),
                (failure { _ = try Handle.parse(kind: .website, "rien") }, "« rien » n’est pas une adresse web"),
            ]
            for (message, text) in cases {
                #expect(message == text)
                expectFrench(message ?? "", allowing: ["eloise.example", "abc", "Atlas"])
            }
            #expect(DayInput.accepted.contains("aujourd’hui"))
            #expect(DayInput.parse("hier", today: today) == today.adding(days: -1), "French day words are still accepted")
            #expect(DayInput.parse("yesterday", today: today) == today.adding(days: -1))
        }
    }

    @Test func validationErrorsUnchangedInEnglish() {
        english {
            #expect(failure { _ = try ContactDraft(name: "  ").validated() } == "the name is empty")
            #expect(failure { _ = try ContactDraft(name: "Éloïse", cadenceOverride: 0).validated() } == "cadence 0 is out of range (1–3650 days)")
            #expect(failure { _ = try ExchangeDraft(day: today.adding(days: 1), summary: "Café").validated(today: today) }
                    == "the date 2026-11-27 is in the future (today is 2026-11-26); use --allow-future to log it anyway")
            #expect(failure { _ = try Handle.parse(kind: .email, " ") } == "empty email")
            #expect(failure { _ = try Handle.parse(kind: .phone, "abc") } == "'abc' is not a phone number")
            #expect(DayInput.accepted == "YYYY-MM-DD, DD/MM/YYYY, DD/MM, today, yesterday, tomorrow, -Nd, +Nd, -Nw, +Nw or +Nm")
        }
    }
}
