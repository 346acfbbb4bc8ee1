import RapportLocalization

extension Position {
    /// The position trimmed, or why it cannot be kept: a start after its end
    /// (what an imported file says is checked like typed input).
    public func validated() throws(InputError) -> Position {
        if let from, from > to {
            throw InputError(L10n.text("the position %1$@ starts on %2$@, after it ends (%3$@)",
                                       CareerText.place(outlet: outlet, title: title), from.iso, to.iso))
        }
        return Position(outlet: NativeText.trimmed(outlet), title: NativeText.trimmed(title), from: from, to: to)
    }
}
