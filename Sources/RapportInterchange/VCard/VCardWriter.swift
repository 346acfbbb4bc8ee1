import Foundation
import RapportCore

/// Writes contacts to a vCard 4.0 file card by card: escaped values, lines
/// folded at 75 octets, CR LF line endings. Call `finish()` at the end.
/// `VCardReader` reads everything it writes back into the same draft.
public final class VCardWriter {
    private let output: OutputBuffer

    /// Writes to an open handle (a file, standard output); `fileName` names it in errors.
    public init(handle: FileHandle, fileName: String) {
        output = OutputBuffer(handle: handle, fileName: fileName)
    }

    public func write(_ contact: Contact) throws(InterchangeError) {
        try output.append(Self.card(for: contact))
    }

    /// Writes what is still buffered.
    public func finish() throws(InterchangeError) {
        try output.flush()
    }

    /// The bytes of one card.
    public static func card(for contact: Contact) -> [UInt8] {
        VCardCardWriter.lines(for: contact).flatMap(VCardLineFolding.folded)
    }
}
