package vn.vanthu.web.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import java.util.TreeMap;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description ({@code /v3/api-docs}, Swagger UI at {@code /swagger-ui.html}): bearer
 * tokens for every call, and the RFC 9457 problem body of every error an endpoint may answer.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiDocumentation {

  static final String BEARER = "bearer";
  /** How the document JSON of a request body is described. */
  static final String DOCUMENT_BODY = "A document as JSON, in the format of "
      + "docs/document.schema.json; at most 16 MB. Any Content-Type is accepted.";
  private static final String PROBLEM = "Problem";
  private static final Map<Integer, String> REASONS = Map.of(
      400, "The request or the document is not valid; `errors` names each field and why",
      401, "No valid bearer token (missing, unknown, or its user is disabled)",
      403, "The caller's role may not do this",
      404, "No such document, or one above the caller's clearance (the same answer)",
      406, "The Accept header allows none of the response's media types",
      413, "An uploaded file or the whole upload is too large",
      415, "The request's Content-Type is not one this endpoint reads",
      500, "An unexpected failure; logged on the server under the `reference` given");

  @Bean
  OpenAPI vanthuOpenApi() {
    return new OpenAPI()
        .info(new Info().title("Vanthu API").version("1")
            .description("Renders, issues, archives and searches Vietnamese official documents "
                + "(Nghị định 30/2020/NĐ-CP). Every call needs `Authorization: Bearer <token>` "
                + "(`java -jar vanthu.jar user token NAME`); a document above the caller's "
                + "clearance does not exist for them. Errors are RFC 9457 problem details."))
        .components(new Components()
            .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                .scheme("bearer").description("An API token of a Vanthu user"))
            .addSchemas(PROBLEM, problemSchema()))
        .addSecurityItem(new SecurityRequirement().addList(BEARER));
  }

  /** Adds each operation's problem responses, with the statuses every call may answer. */
  @Bean
  OperationCustomizer problemResponses() {
    return (operation, handler) -> {
      Problems declared = handler.getMethodAnnotation(Problems.class);
      Map<Integer, String> statuses = new TreeMap<>();
      for (int status : new int[] {401, 403, 406, 500}) {
        statuses.put(status, REASONS.get(status));
      }
      if (declared != null) {
        for (int status : declared.value()) {
          statuses.put(status, REASONS.getOrDefault(status, "A problem"));
        }
      }
      ApiResponses responses = operation.getResponses() == null ? new ApiResponses()
          : operation.getResponses();
      statuses.forEach((status, reason) -> responses.addApiResponse(Integer.toString(status),
          new ApiResponse().description(reason).content(new Content().addMediaType(
              org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
              new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
      operation.setResponses(responses);
      return operation;
    };
  }

  private static Schema<?> problemSchema() {
    return new ObjectSchema()
        .description("RFC 9457 problem details")
        .addProperty("type", new StringSchema().format("uri")
            .example("urn:vanthu:problem:invalid-document"))
        .addProperty("title", new StringSchema().example("Invalid document"))
        .addProperty("status", new IntegerSchema().example(400))
        .addProperty("detail", new StringSchema())
        .addProperty("instance", new StringSchema().format("uri-reference"))
        .addProperty("errors", new ArraySchema().description("each bad field, for 400")
            .items(new ObjectSchema()
                .addProperty("field", new StringSchema().example("date"))
                .addProperty("reason", new StringSchema()
                    .example("2013-02-31 is not a date in the calendar"))))
        .addProperty("reference", new StringSchema().description("for 500: the log reference"));
  }
}
