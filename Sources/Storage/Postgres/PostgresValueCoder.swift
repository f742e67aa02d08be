import Foundation
import PostgresNIO

/// Converts between ``SQLValue`` and PostgreSQL's wire types.
///
/// Binds: `.int` → int8, `.double` → float8, `.text` → text, `.blob` → bytea, `.bool` → bool,
/// `.date` → timestamptz (rounded to milliseconds), `.null` → untyped NULL.
/// Results are decoded by the cell's data type: int2/int4/int8 → `.int`; float4/float8/numeric →
/// `.double`; bytea → `.blob`; bool → `.bool`; timestamptz/timestamp/date → `.date`; text, varchar,
/// name, uuid, json(b) and other types with a text form → `.text`; NULL → `.null`.
enum PostgresValueCoder {
    /// Microseconds between 1970-01-01 and PostgreSQL's epoch, 2000-01-01.
    static let epochOffsetMicroseconds: Int64 = 946_684_800_000_000

    static func bindings(_ values: [SQLValue]) -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            switch value {
            case .null: bindings.appendNull()
            case .int(let i): bindings.append(i)
            case .double(let d): bindings.append(d)
            case .text(let s): bindings.append(s)
            case .blob(let bytes): bindings.append(ByteBuffer(bytes: bytes))
            case .bool(let b): bindings.append(b)
            case .date(let d): bindings.append(Timestamp(milliseconds: SQLTimestamp.milliseconds(d)))
            }
        }
        return bindings
    }

    static func rows(_ rows: [PostgresRow]) throws(StorageError) -> [SQLRow] {
        guard let first = rows.first else { return [] }
        let columns = first.map(\.columnName)
        var result: [SQLRow] = []
        result.reserveCapacity(rows.count)
        for row in rows {
            var values: [SQLValue] = []
            values.reserveCapacity(columns.count)
            for cell in row { values.append(try decode(cell)) }
            result.append(SQLRow(columns: columns, values: values))
        }
        return result
    }

    static func decode(_ cell: PostgresCell) throws(StorageError) -> SQLValue {
        guard var bytes = cell.bytes else { return .null }
        do {
            switch cell.dataType {
            case .int2, .int4, .int8:
                return .int(try cell.decode(Int64.self))
            case .float4, .float8:
                return .double(try cell.decode(Double.self))
            case .numeric:
                let decimal = try cell.decode(Decimal.self)
                guard let double = Double(decimal.description) else {
                    throw StorageError.decoding(column: cell.columnName, expected: "double (numeric)")
                }
                return .double(double)
            case .bool:
                return .bool(try cell.decode(Bool.self))
            case .bytea:
                return .blob(Array(bytes.readableBytesView))
            case .timestamptz, .timestamp:
                if cell.format == .binary, bytes.readableBytes == 8, let micros = bytes.readInteger(as: Int64.self) {
                    let (sum, overflow) = micros.addingReportingOverflow(epochOffsetMicroseconds)
                    return .date(overflow ? (micros > 0 ? .distantFuture : .distantPast)
                                          : SQLTimestamp.date(microseconds: sum))
                }
                return .date(try cell.decode(Date.self))
            case .date:
                return .date(try cell.decode(Date.self))
            case .void:
                return .null
            default:
                return .text(try cell.decode(String.self))
            }
        } catch let error as StorageError {
            throw error
        } catch {
            throw .decoding(column: cell.columnName, expected: "a supported postgres type (oid \(cell.dataType.rawValue))")
        }
    }

    /// A `timestamptz` bind with exact integer microseconds (PostgresNIO's `Date` encoding truncates
    /// a floating-point product, which can lose a microsecond).
    struct Timestamp: PostgresNonThrowingEncodable {
        var milliseconds: Int64

        static var psqlType: PostgresDataType { .timestamptz }
        static var psqlFormat: PostgresFormat { .binary }

        func encode<JSONEncoder: PostgresJSONEncoder>(
            into byteBuffer: inout ByteBuffer,
            context: PostgresEncodingContext<JSONEncoder>
        ) {
            byteBuffer.writeInteger(milliseconds &* 1000 &- PostgresValueCoder.epochOffsetMicroseconds, as: Int64.self)
        }
    }
}
