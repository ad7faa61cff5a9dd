import Yams

/// Turns libyaml's English errors into a French sentence, a hint and a position.
enum YAMLErrorText {
    static func diagnose(_ error: Error, in context: ReadContext) {
        guard let yamlError = error as? YamlError else {
            context.log.error(context.location(line: 1, column: 1), "Le YAML n'a pas pu être lu : \(error).",
                              hint: "Vérifiez l'indentation, les deux-points et les guillemets du fichier.")
            return
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            let (message, hint) = translate(problem)
            context.log.error(context.location(line: mark.line, column: mark.column), message, hint: hint)
        case .duplicatedKeysInMapping(let duplicates, let yamlContext):
            let key = duplicates.first ?? ""
            let (line, column) = secondOccurrence(of: key, after: yamlContext.mark, in: yamlContext.text)
            context.log.error(context.location(line: line, column: column), "La clé « \(key) » apparaît deux fois.",
                              hint: "Gardez une seule ligne « \(key): … » et supprimez l'autre.")
        case .reader(let problem, _, _, _):
            context.log.error(context.location(line: 1, column: 1), "Le fichier contient des caractères illisibles (\(problem)).",
                              hint: "Enregistrez le fichier en UTF-8.")
        default:
            context.log.error(context.location(line: 1, column: 1), "Le YAML n'a pas pu être lu : \(yamlError).",
                              hint: "Vérifiez l'indentation, les deux-points et les guillemets du fichier.")
        }
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
                    "Mettez la valeur entre guillemets : titre: \"Contact : 01 99 00 00 00\".")
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
        default:
            return ("Le YAML est mal formé (\(problem)).", "Vérifiez l'indentation, les deux-points et les guillemets de cette ligne.")
        }
    }
}
