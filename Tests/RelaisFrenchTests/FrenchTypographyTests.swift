import Testing
@testable import RelaisFrench

@Suite struct FrenchTypographyTests {
    func check(_ input: String, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        expectExact(FrenchTypography.apply(input), expected, sourceLocation: sourceLocation)
        // Every expected output is already typeset: a second pass changes nothing.
        expectExact(FrenchTypography.apply(expected), expected, sourceLocation: sourceLocation)
    }

    @Test func narrowSpaceBeforeSemicolonExclamationQuestion() {
        check("Bonjour!", "Bonjour\u{202F}!")
        check("Bonjour !", "Bonjour\u{202F}!")
        check("Bonjour\u{00A0}!", "Bonjour\u{202F}!")
        check("Bonjour   !", "Bonjour\u{202F}!")
        check("Pourquoi? Parce que.", "Pourquoi\u{202F}? Parce que.")
        check("Pourquoi ?", "Pourquoi\u{202F}?")
        check("un ; deux;trois", "un\u{202F}; deux\u{202F};trois")
        check("En 2022!", "En 2022\u{202F}!")
        check("(voir)!", "(voir)\u{202F}!")
    }

    @Test func noBreakSpaceBeforeColon() {
        check("Contact : x", "Contact\u{00A0}: x")
        check("Contact: x", "Contact\u{00A0}: x")
        check("Contact\u{202F}: x", "Contact\u{00A0}: x")
        check("Article 3: texte", "Article 3\u{00A0}: texte")
        check("« Titre »: suite", "«\u{00A0}Titre\u{00A0}»\u{00A0}: suite")
    }

    @Test func urlsAreUntouched() {
        check("https://x", "https://x")
        check("Voir https://exemple.fr/page?x=1;y=2!", "Voir https://exemple.fr/page?x=1;y=2!")
        check("Site : https://exemple.fr/a:b ?", "Site\u{00A0}: https://exemple.fr/a:b\u{202F}?")
        check("Écrire à mailto:contact@exemple.fr", "Écrire à mailto:contact@exemple.fr")
        check("Appeler tel:+33199000000", "Appeler tel:+33199000000")
        check("Voir www.exemple.fr/l'aide?x", "Voir www.exemple.fr/l'aide?x")
        check("(https://exemple.fr/l'aide)", "(https://exemple.fr/l'aide)")
        check("« https://exemple.fr »", "«\u{00A0}https://exemple.fr\u{00A0}»")
    }

    @Test func timesAndRatiosAreUntouched() {
        check("À 13:30 précises", "À 13:30 précises")
        check("un ratio 1:2", "un ratio 1:2")
        check("13:30:00", "13:30:00")
    }

    @Test func groupedSignsTakeOneSpace() {
        check("Quoi?!", "Quoi\u{202F}?!")
        check("Quoi ?!", "Quoi\u{202F}?!")
        check("Non!!!", "Non\u{202F}!!!")
        check("Vraiment?..", "Vraiment\u{202F}?..")
    }

    @Test func noSpaceInsertedAtTheEdges() {
        // A text node after an inline element: "<em>Bonjour</em>! x" is not ours to fix from here.
        check("! x", "! x")
        check(": suite", ": suite")
        // But a space that is there is made right: "<em>Bonjour</em> !".
        check(" !", "\u{202F}!")
        check(" : suite", "\u{00A0}: suite")
        check("»", "»")
        check("«", "«")
        check(" » fin", "\u{00A0}» fin")
        check("début « ", "début «\u{00A0}")
    }

    @Test func guillemets() {
        check("« Transitions collectives »", "«\u{00A0}Transitions collectives\u{00A0}»")
        check("«Transitions collectives»", "«\u{00A0}Transitions collectives\u{00A0}»")
        check("«\u{202F}Transitions collectives\u{202F}»", "«\u{00A0}Transitions collectives\u{00A0}»")
        check("«  x  »", "«\u{00A0}x\u{00A0}»")
        check("le dispositif «Transitions collectives».", "le dispositif «\u{00A0}Transitions collectives\u{00A0}».")
        check("«Quoi?»", "«\u{00A0}Quoi\u{202F}?\u{00A0}»")
        check("« ! »", "«\u{202F}!\u{00A0}»")
        check("«»", "«\u{00A0}»")
    }

    @Test func apostrophes() {
        check("l'emploi", "l\u{2019}emploi")
        check("aujourd'hui, l'État s'engage", "aujourd\u{2019}hui, l\u{2019}\u{00C9}tat s\u{2019}engage")
        check("'citation'", "'citation'")
        check("les années '90", "les années '90")
        check("l' emploi", "l' emploi")
        check("l’emploi", "l\u{2019}emploi")
    }

    @Test func characterReferencesAreUntouched() {
        check("R&amp;D; fin", "R&amp;D\u{202F}; fin")
        check("caf&#233; et &#xE9;", "caf&#233; et &#xE9;")
    }

    @Test func lineBreaksAreNotSpaces() {
        check("Bonjour\n!", "Bonjour\n!")
        check("Bonjour\t!", "Bonjour\t!")
    }

    @Test func decomposedLettersCount() {
        // "é" written as e + U+0301 is one letter.
        check("Arrête\u{0301}!", "Arrête\u{0301}\u{202F}!")
        check("e\u{0301}'a", "e\u{0301}\u{2019}a")
    }

    @Test func mixedParagraphIsIdempotent() {
        let paragraph = """
            Le dispositif «Transitions collectives» : qu'est-ce que c'est? Voir https://travail-emploi.gouv.fr/a?b=c; \
            rendez-vous à 13:30 ! Budget: 15 000 €; taux : 25 %!
            """
        let expected = """
            Le dispositif «\u{00A0}Transitions collectives\u{00A0}»\u{00A0}: qu\u{2019}est-ce que c\u{2019}est\u{202F}? \
            Voir https://travail-emploi.gouv.fr/a?b=c; rendez-vous à 13:30\u{202F}! Budget\u{00A0}: 15\u{202F}000\u{00A0}€\u{202F}; \
            taux\u{00A0}: 25\u{00A0}%\u{202F}!
            """
        check(paragraph, expected)
        #expect(FrenchTypography.isApplied(expected))
        #expect(!FrenchTypography.isApplied(paragraph))
    }

    @Test func emptyAndPlainText() {
        check("", "")
        check("Texte sans ponctuation", "Texte sans ponctuation")
    }

    @Test func idempotentOnGeneratedStrings() {
        // Every string of up to four symbols from an alphabet of the characters the rules look at.
        let alphabet: [String] = [
            "a", "1", " ", "\u{00A0}", "\u{202F}", "!", "?", ";", ":", "«", "»", "'", "/", ")", "&", "#", "\n",
        ]
        var strings = [""]
        for _ in 0..<4 {
            strings = strings.flatMap { prefix in alphabet.map { prefix + $0 } }
            for text in strings {
                let once = FrenchTypography.apply(text)
                let twice = FrenchTypography.apply(once)
                if !once.unicodeScalars.elementsEqual(twice.unicodeScalars) {
                    Issue.record("not idempotent on \(escaped(text)): \(escaped(once)) then \(escaped(twice))")
                }
            }
        }
    }
}

@Suite struct FrenchTypographyFastPathTests {
    /// Texts without `: ; ! ? '` or guillemets skip the rules; the rules must leave them unchanged anyway.
    @Test(arguments: [
        "Un prêt de 15 000 € par emploi créé", "a  b", "a\u{2009}b", "x\u{00A0}y", " début", "fin ", "13h30", "«", "»",
        "100 %", "1 000 000 € (plafond)", "https//exemple", "", "é\u{0301}", "\t\n",
    ])
    func textsWithoutSignsAreLeftAsTheRulesWouldLeaveThem(_ text: String) {
        #expect(FrenchTypography.applyRules(text) == text || FrenchTypography.mayNeedTypography(text))
        #expect(FrenchTypography.apply(text) == FrenchTypography.applyRules(text))
    }

    @Test func guillemetsAndPunctuationTakeTheRules() {
        for text in ["a : b", "« a »", "l'a", "a ; b", "a ! b", "a ? b", "«x»"] {
            #expect(FrenchTypography.mayNeedTypography(text), "\(text)")
        }
    }
}
