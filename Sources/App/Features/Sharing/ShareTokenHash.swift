/// The stored form of a share token (hex SHA-256), for tools and tests that write links directly.
public enum ShareTokenHash {
    public static func of(_ token: String) -> String { SecretToken.hash(token) }
}
