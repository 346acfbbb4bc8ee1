// l10n-exempt-file: the demo's generated contact data (names, outlets, notes, summaries) is data, not interface
import RapportCore

/// The words the demo data is made of: clearly fictional people, outlets
/// with `.example` addresses (which can never receive mail), real-sounding
/// beats and conversations.
enum DemoVocabulary {
    static let firstNames = [
        "Camille", "Élodie", "François", "Zoë", "Hélène", "Jérôme", "Anaïs", "Benoît", "Célia", "Loïc",
        "Maëlle", "Noémie", "Raphaël", "Sébastien", "Thaïs", "Gaëlle", "Léa", "Mathéo", "Inès", "Clément",
        "Søren", "Björn", "José", "Ana", "Łukasz", "Zuzana", "Dmitri", "Aoife", "Siobhan", "Matteo",
        "Giulia", "Ingrid", "Nadia", "Youssef", "Amara", "Kwame", "Priya", "Ravi", "Yuki", "Min-jun",
        "Olivia", "Liam", "Sarah", "David", "Emma", "Lucas", "Chloé", "Hugo", "Manon", "Nathan",
    ]

    static let lastNames = [
        "Lefèvre", "Besançon", "Nguyễn", "Škoda", "Dubois", "Moreau", "Girard", "Lemaître", "Fournier", "Chevalier",
        "Rousseau", "Faure", "Mercier", "Bonnet", "Lambert", "Perrin", "Gauthier", "Barbier", "Brunet", "Roussel",
        "Ørsted", "Åkesson", "Muñoz", "García", "Kowalski", "Novák", "Ivanova", "O'Brien", "Müller", "Rossi",
        "Esposito", "Lindqvist", "Haddad", "Benali", "Mensah", "Okafor", "Sharma", "Iyer", "Tanaka", "Kim",
        "Martin", "Bernard", "Petit", "Durand", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fontaine",
    ]

    static let outlets: [(name: String, domain: String, role: Role, titles: [String])] = [
        ("Le Quotidien du Soir", "quotidiendusoir.example", .journalist, ["Journaliste économie", "Rédactrice en chef adjointe", "Reporter"]),
        ("La Gazette Numérique", "gazettenumerique.example", .journalist, ["Journaliste tech", "Chef de rubrique"]),
        ("Les Échos du Climat", "echosduclimat.example", .journalist, ["Journaliste environnement", "Grand reporter"]),
        ("Radio Horizon", "radiohorizon.example", .journalist, ["Présentatrice matinale", "Chroniqueur"]),
        ("TechPulse Weekly", "techpulse.example", .journalist, ["Senior reporter", "Editor"]),
        ("The Northern Ledger", "northernledger.example", .journalist, ["Business correspondent", "Energy reporter"]),
        ("Santé Magazine Pro", "santemagpro.example", .journalist, ["Journaliste santé"]),
        ("Agri Actu", "agriactu.example", .journalist, ["Rédacteur agriculture"]),
        ("Mobilités Demain", "mobilitesdemain.example", .blogger, ["Blogueuse mobilité", "Auteur"]),
        ("Le Carnet Vert", "carnetvert.example", .blogger, ["Blogueur", "Fondatrice"]),
        ("Data & Cité", "datacite.example", .blogger, ["Auteur de la newsletter"]),
        ("Institut Prisme", "institutprisme.example", .expert, ["Économiste", "Chercheuse associée", "Directeur d'études"]),
        ("Université de Lorvanne", "univ-lorvanne.example", .expert, ["Maîtresse de conférences", "Professeur"]),
        ("Observatoire de l'Énergie", "obs-energie.example", .expert, ["Analyste énergie"]),
        ("Studio Clairvoie", "clairvoie.example", .influencer, ["Créatrice de contenu", "Vidéaste"]),
        ("Podcast Les Curieux", "lescurieux.example", .influencer, ["Animateur de podcast"]),
        ("Agence Parallèle", "parallele.example", .partner, ["Directrice associée", "Responsable partenariats"]),
        ("Collectif Ensemble", "collectif-ensemble.example", .partner, ["Coordinateur"]),
        ("Imprimerie Delorme", "delorme.example", .provider, ["Chargée de clientèle"]),
        ("Veille & Co", "veilleco.example", .provider, ["Consultant veille média"]),
        ("Freelance", "", .other, ["Photographe", "Traductrice", "Pigiste"]),
    ]

    static let beats = [
        "climat", "énergie", "tech", "santé", "finance", "agriculture", "mobilité", "IA", "cybersécurité",
        "politique", "culture", "emploi", "logement", "industrie", "startups", "éducation",
    ]

    static let howMet = [
        "Met at VivaTech", "Introduced by a colleague", "Replied to our press release", "Panel at the Assises de l'énergie",
        "Coffee after the salon de l'agriculture", "Followed us on Mastodon first", "Asked for a quote on deadline",
        "Webinar Q&A", "Old contact from a previous agency", "Met at a press trip",
    ]

    static let notes = [
        "Prefers email before 10am; never calls on Mondays.", "Interested in data-driven stories; likes charts.",
        "Covers the regional angle; wants local examples.", "Writes long reads; needs a week of lead time.",
        "Appreciates exclusives but hates embargo games.", "Likes to be quoted accurately: send the transcript.",
        "Moved from print to the podcast team last spring.", "Allergic to jargon ☕ — keep it plain.",
        "Her newsletter goes out on Thursdays.", "Responds faster on Signal than by email.",
    ]

    static let summaries: [(Intent, String)] = [
        (.gave, "Sent the quarterly barometer data"), (.gave, "Shared an exclusive chart on energy prices"),
        (.gave, "Introduced her to our head of research"), (.gave, "Sent background notes on the new regulation"),
        (.gave, "Tipped him about a regional story"), (.gave, "Shared the study before publication"),
        (.asked, "Pitched the product launch"), (.asked, "Asked for coverage of the annual report"),
        (.asked, "Invited to the press breakfast"), (.asked, "Requested a correction on the figures"),
        (.asked, "Proposed an interview with our CEO"), (.asked, "Asked to moderate our panel"),
        (.chat, "Coffee catch-up"), (.chat, "Congratulated on the award"), (.chat, "Talked about the newsroom changes"),
        (.chat, "Quick call about the conference"), (.chat, "Replied to the thread on heat pumps"),
        (.chat, "Discussed the next season of the podcast"), (.chat, "Lunch at the press club"),
        (.chat, "Answered questions on deadline"),
    ]

    static let followUps = [
        "send the study", "share the slides", "introduce to the CTO", "send the photos in high resolution",
        "confirm the interview slot", "send the French translation", "check the figures with finance",
    ]

    /// Hand-written people so the default demo has recognisable faces.
    static let featured: [(name: String, outletIndex: Int, twitter: String?)] = [
        ("Camille Lefèvre", 0, "camillelfv"), ("Élodie Besançon", 2, "elodieb"), ("François Nguyễn", 1, "fnguyen"),
        ("Zoë Škoda", 4, nil), ("Søren Ørsted", 5, "sorsted"), ("王芳", 4, nil), ("José Muñoz", 11, "jmunoz"),
        ("Anaïs Lemaître", 8, "anaislem"), ("Siobhan O'Brien", 5, nil), ("Raphaël Girard", 3, "raphgirard"),
    ]
}
