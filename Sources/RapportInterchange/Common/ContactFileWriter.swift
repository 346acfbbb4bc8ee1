import RapportCore

/// A streaming writer of contacts to a vCard or CSV file: `write` each
/// contact, then `finish` once.
public protocol ContactFileWriter: AnyObject {
    func write(_ contact: Contact) throws(InterchangeError)
    /// Ends the file and writes what is still buffered.
    func finish() throws(InterchangeError)
}

extension VCardWriter: ContactFileWriter {}
extension CSVContactWriter: ContactFileWriter {}
