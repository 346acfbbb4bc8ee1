/// A streaming reader of contacts from a vCard or CSV file.
public protocol ContactFileReader: AnyObject {
    /// The next contact, nil at the end of the file; throws at the first
    /// malformed place, after yielding the contacts before it.
    func next() throws(InterchangeError) -> ImportedContact?
    /// Records (cards or rows) skipped so far because they had no usable name.
    var skippedWithoutName: Int { get }
}

extension ContactFileReader {
    /// Reads every remaining contact; fails as a whole at the first problem.
    public func readAll() throws(InterchangeError) -> [ImportedContact] {
        var contacts: [ImportedContact] = []
        while let contact = try next() { contacts.append(contact) }
        return contacts
    }
}
