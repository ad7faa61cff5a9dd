/// What the site does with one link or image destination.
public enum LinkResolution: Sendable, Equatable {
    /// Leave the destination as written.
    case keep
    /// Replace it (e.g. `../aides/x.md` → `/aides/x/`).
    case rewrite(String)
    /// Leave it, and report it with this message.
    case broken(String)
}
