enum FreePageCheck {
    /// Free pages whose id collides with a folder the generator writes (`/aides/`…).
    static func diagnostics(_ content: ContentSet) -> [Diagnostic] {
        content.pages.filter { SiteURLs.reservedSegments.contains($0.id) }.map { file in
            Diagnostic(step: .validate, at: SourceLocation(file: file.path, line: 1, column: 1),
                       "La page « \(file.id) » prendrait l'adresse /\(file.id)/, déjà utilisée par le site.",
                       hint: "Renommez le fichier, par exemple pages/\(file.id)-infos.md.")
        }
    }
}
