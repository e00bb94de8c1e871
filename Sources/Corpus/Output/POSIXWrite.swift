import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `write(2)` until every byte is out, retrying on EINTR and short writes,
/// because FileHandle traps instead of throwing when a disk fills up.
enum POSIXWrite {
    static func all(_ data: Data, to descriptor: Int32, name: String) throws(OutputError) {
        let failure: Int32? = data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(descriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += n
            }
            return nil
        }
        if let failure {
            throw OutputError("\(name): cannot write (\(String(cString: strerror(failure))))")
        }
    }
}
