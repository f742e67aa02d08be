import Foundation
import Hummingbird
import Logging
import NIOCore
import Policy
import Storage
import TelemetryCore

/// Turns every error into the `{"detail": …}` envelope; unknown errors become a 500 that shows no internals.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let routeTable: RouteTable

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let path = request.uri.path
            if path.count > 1, path.hasSuffix("/") { throw AppError.notFound("Not Found") }
            return try await next(request, context)
        } catch let error as AppError {
            return ErrorResponse.make(error)
        } catch let error as AnalysisError {
            return ErrorResponse.make(AppError(error))
        } catch let error as SessionDataUnavailable {
            return ErrorResponse.make(AppError(error))
        } catch let error as CoachingError {
            return ErrorResponse.make(AppError(error))
        } catch let error as IdentityConflict {
            return ErrorResponse.make(AppError(error))
        } catch let error as HTTPError {
            if error.status == .notFound, context.endpointPath == "NotFound" || context.endpointPath == nil {
                let allowed = routeTable.methods(matching: request.uri.path)
                if !allowed.isEmpty, !allowed.contains(request.method.rawValue) {
                    return ErrorResponse.make(.methodNotAllowed(allowed: allowed))
                }
                return ErrorResponse.make(.notFound("Not Found"))
            }
            return ErrorResponse.make(AppError.fromFramework(error))
        } catch is NIOTooManyBytesError {
            return ErrorResponse.make(.payloadTooLarge("Request body too large"))
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            context.logger.error("unhandled error", metadata: ["error_type": "\(type(of: error))"])
            return ErrorResponse.make(.internalError)
        }
    }
}

extension AppError {
    /// Maps the framework's own errors (body too large, bad request line…) onto ours with a clear detail.
    static func fromFramework(_ error: HTTPError) -> AppError {
        switch error.status {
        case .contentTooLarge: return .payloadTooLarge("Request body too large")
        case .badRequest: return .badRequest(error.body ?? "Bad request")
        case .unauthorized: return .unauthenticated()
        case .notFound: return .notFound(error.body ?? "Not Found")
        case .unprocessableContent: return .unprocessable(error.body ?? "Invalid input data")
        default: return error.status.code >= 500 ? .internalError : .badRequest(error.body ?? error.status.reasonPhrase)
        }
    }
}
