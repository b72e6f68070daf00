// Swagger UI over the app's OpenAPI document (the bundle comes from the swagger-ui-bundle wheel).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
