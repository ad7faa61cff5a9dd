import Yams

/// Turns libyaml's English errors into a French sentence, a hint and a position. libyaml's own words are never
/// shown: an unknown problem gets a French sentence of its own.
enum YAMLErrorText {
    static func diagnose(_ error: Error, in context: ReadContext) {
        guard let yamlError = error as? YamlError else {
            context.log.error(context.location(line: 1, column: 1), "Le YAML n'a pas pu être lu.",
                              hint: "Vérifiez l'indentation, les deux-points et les guillemets du fichier.")
            return
        }
        switch yamlError {
        case .scanner(let yamlContext, let problem, let mark, let yaml), .parser(let yamlContext, let problem, let mark, let yaml),
             .composer(let yamlContext, let problem, let mark, let yaml):
            // A quote left open swallows the lines after it, and libyaml complains further down: name the quote.
            if let quote = UnclosedQuote.find(in: yaml, before: mark.line) {
                context.log.error(context.location(line: quote.line, column: quote.column),
                                  "Le guillemet \(quote.mark) ouvert ici n'est pas refermé.",
                                  hint: "Ajoutez le guillemet fermant \(quote.mark) à la fin de la valeur, sur la même ligne.")
                return
            }
            let (message, hint) = translate(problem)
            // "could not find expected ':'" is found on the line after the culprit; the key being scanned is the culprit.
            let place = problem.contains("could not find expected ':'") ? (yamlContext?.mark ?? mark) : mark
            context.log.error(context.location(line: place.line, column: place.column), message, hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let yamlContext):
            let key = duplicates.first ?? ""
            let (line, column) = secondOccurrence(of: key, after: yamlContext.mark, in: yamlContext.text)
            context.log.error(context.location(line: line, column: column), "La clé « \(key) » apparaît deux fois.",
                              hint: "Gardez une seule ligne « \(key): … » et supprimez l'autre.")
        case .reader(let problem, let offset, let value, let yaml):
            let (line, column) = offset.map { position(ofCharacter: $0, in: yaml) } ?? (1, 1)
            if problem.contains("control characters") {
                let code = String(UInt32(max(0, value)), radix: 16, uppercase: true)
                context.log.error(context.location(line: line, column: column),
                                  "Le fichier contient un caractère de contrôle invisible (U+\(String(repeating: "0", count: max(0, 4 - code.count)) + code)).",
                                  hint: "Supprimez-le : il vient souvent d'un copier-coller depuis un traitement de texte ou un PDF.")
            } else {
                context.log.error(context.location(line: line, column: column), "Le fichier contient des octets qui ne sont pas du texte UTF-8.",
                                  hint: "Enregistrez le fichier en UTF-8.")
            }
        default:
            context.log.error(context.location(line: 1, column: 1), "Le YAML n'a pas pu être lu.",
                              hint: "Vérifiez l'indentation, les deux-points et les guillemets du fichier.")
        }
    }

    /// Line and column (from 1) of the character at `offset` in `text`.
    static func position(ofCharacter offset: Int, in text: String) -> (Int, Int) {
        var line = 1, column = 1
        for character in text.prefix(offset) {
            if character == "\n" || character == "\r\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    /// Yams points at the first occurrence of a duplicated key; the second, at the same indentation, is the one to mend.
    static func secondOccurrence(of key: String, after mark: Mark, in yaml: String) -> (line: Int, column: Int) {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = String(repeating: " ", count: max(0, mark.column - 1))
        var index = mark.line
        while index < lines.count {
            let line = lines[index]
            if line.hasPrefix(indent + key + ":") || line.hasPrefix(indent + "\"" + key + "\":") {
                return (index + 1, mark.column)
            }
            index += 1
        }
        return (mark.line, mark.column)
    }

    static func translate(_ problem: String) -> (String, String) {
        switch problem {
        case let p where p.contains("mapping values are not allowed"):
            return ("Une valeur contient « : » là où le YAML ne l'attend pas.",
                    "Mettez la valeur entre guillemets : title: \"Contact : 01 99 00 00 00\".")
        case let p where p.contains("found character that cannot start any token"):
            return ("Un caractère ne peut pas commencer une valeur ici (une tabulation, un @ ou un ` ?).",
                    "Indentez avec des espaces, pas des tabulations, et mettez la valeur entre guillemets.")
        case let p where p.contains("did not find expected key"), let p where p.contains("did not find expected '-' indicator"):
            return ("L'indentation de cette ligne ne correspond pas à celle des lignes voisines.",
                    "Alignez les clés d'un même groupe sur la même colonne, avec des espaces.")
        case let p where p.contains("found unexpected end of stream"), let p where p.contains("found unexpected end"):
            return ("Le YAML s'arrête au milieu d'une valeur : un guillemet ou un crochet n'est pas refermé.",
                    "Vérifiez que chaque \" , [ et { a son pendant.")
        case let p where p.contains("did not find expected ',' or ']'"), let p where p.contains("did not find expected ',' or '}'"):
            return ("Une liste [ … ] ou un groupe { … } n'est pas refermé correctement.",
                    "Séparez les éléments par des virgules et refermez le crochet ou l'accolade.")
        case let p where p.contains("found undefined alias") || p.contains("found duplicate anchor"):
            return ("Un alias YAML (*nom) ne renvoie à aucune ancre (&nom).", "Écrivez la valeur en entier plutôt qu'un alias.")
        case let p where p.contains("could not find expected ':'"):
            return ("Cette ligne n'est ni une clé « nom: valeur » ni la suite indentée de la valeur du dessus.",
                    "Si elle continue un texte écrit après « | » ou « > », indentez-la comme les lignes précédentes ; sinon, ajoutez « : » après la clé.")
        case let p where p.contains("did not find expected node content"):
            return ("Une valeur manque à cet endroit (un « - » ou une virgule de trop ?).",
                    "Une liste s'écrit sur une ligne [a, b], ou une ligne « - a » par élément, sans crochets : pas les deux à la fois.")
        case let p where p.contains("Maximum nesting level"):
            return ("Les listes et groupes s'imbriquent trop profondément ici (plus de mille niveaux).",
                    "Aucune valeur de Relais n'a plus de quelques niveaux : vérifiez les crochets [ ] et accolades { } de cette ligne.")
        case let p where p.contains("block sequence entries are not allowed"):
            return ("Une ligne « - » commence une liste là où une valeur est déjà écrite.",
                    "Une liste s'écrit sur une ligne [a, b], ou une ligne « - a » par élément sous la clé seule.")
        default:
            return ("Le YAML est mal formé à cet endroit.", "Vérifiez l'indentation, les deux-points et les guillemets de cette ligne.")
        }
    }
}
